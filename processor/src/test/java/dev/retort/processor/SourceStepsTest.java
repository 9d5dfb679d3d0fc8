package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.sun.source.util.Trees;
import dev.retort.lint.Step;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The lint reads hand-written and generated migrations from source: for every generated migration held as a
 * golden file and every migration of the samples, the steps read from the source at compile time are exactly the
 * operations the compiled class records when it runs.
 */
class SourceStepsTest {

  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern CLASS = Pattern.compile("public final class (\\w+)");

  @Test
  void theStepsReadFromSourceAreTheOperationsTheCompiledMigrationRecords() throws Exception {
    List<JavaFileObject> sources = new ArrayList<>();
    for (Path directory : List.of(Path.of("../design/src/test/resources/dev/retort/render/java"),
        Path.of("../design/src/test/resources/dev/retort/autogenerate/online"),
        Path.of("../samples/fleet/src/main/java/dev/retort/sample/fleet/migrations"))) {
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".java.txt")).sorted().toList()) {
          String text = Files.readString(file);
          Matcher pkg = PACKAGE.matcher(text);
          Matcher type = CLASS.matcher(text);
          assertTrue(pkg.find() && type.find(), file.toString());
          // Goldens of several directories may share a name: each gets a package of its own.
          String unique = pkg.group(1) + ".m" + sources.size();
          sources.add(JavaFileObjects.forSourceString(unique + "." + type.group(1),
              text.replaceFirst("package [\\w.]+;", "package " + unique + ";")));
        }
      }
    }
    Map<String, List<Step>> read = new HashMap<>();
    Compilation compilation = javac().withProcessors(new ReadingProcessor(read)).compile(sources);
    assertThat(compilation).succeeded();
    assertTrue(read.size() >= 20, "read " + read.keySet());

    ClassLoader loader = new CompiledClasses(compilation, getClass().getClassLoader());
    for (Map.Entry<String, List<Step>> entry : read.entrySet()) {
      Migration migration = (Migration) loader.loadClass(entry.getKey()).getConstructor().newInstance();
      List<Step> expected = Operations.recordedBy(migration::upgrade).stream().<Step>map(Step.Known::new).toList();
      assertEquals(expected, entry.getValue(), entry.getKey());
    }
  }

  /** Reads the upgrade of every migration class compiled, as the lint does. */
  private static final class ReadingProcessor extends AbstractProcessor {
    private final Map<String, List<Step>> read;

    ReadingProcessor(Map<String, List<Step>> read) {
      this.read = read;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      Trees trees = Trees.instance(processingEnv);
      for (Element element : round.getRootElements()) {
        if (element instanceof TypeElement type && type.getInterfaces().toString().contains("Migration")) {
          SourceSteps.read(trees, type, "r").ifPresent(source ->
              read.put(type.getQualifiedName().toString(), source.revision().steps()));
        }
      }
      return false;
    }
  }

  /** Loads the classes a compilation produced. */
  private static final class CompiledClasses extends ClassLoader {
    private final Compilation compilation;

    CompiledClasses(Compilation compilation, ClassLoader parent) {
      super(parent);
      this.compilation = compilation;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      String path = "/" + name.replace('.', '/') + ".class";
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS && file.toUri().getPath().endsWith(path)) {
          try (InputStream in = file.openInputStream()) {
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
          }
        }
      }
      throw new ClassNotFoundException(name);
    }
  }
}
