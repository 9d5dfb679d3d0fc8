package dev.retort.reliability;

import dev.retort.processor.RetortProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles entity sources in a source tree of their own with Retort's annotation processor, as a
 * project's build does: the processor writes the migration and snapshot into that tree and the
 * compiled migration and the index into the class output.
 */
final class EntityCompiler {

  /** What a compile produced: whether it succeeded, javac's diagnostics, and where the outputs are. */
  record Result(boolean success, String diagnostics, Path sourceRoot, Path classes) {

    /** A class loader over the compiled classes, whose parent has the runtime. */
    ClassLoader loader() {
      try {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, EntityCompiler.class.getClassLoader());
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The text of the one file named {@code fileName} anywhere under the source tree. */
    String source(String fileName) throws IOException {
      try (Stream<Path> files = Files.walk(sourceRoot)) {
        Path file = files.filter(p -> p.getFileName().toString().equals(fileName)).findFirst()
            .orElseThrow(() -> new AssertionError("no " + fileName + " under " + sourceRoot + "; javac said:\n" + diagnostics));
        return Files.readString(file, StandardCharsets.UTF_8);
      }
    }
  }

  private EntityCompiler() {}

  /** Writes {@code sources} (path under the source root to text) into {@code root}/src and compiles them all. */
  static Result compile(Path root, Map<String, String> sources) throws IOException {
    Path sourceRoot = root.resolve("src");
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = sourceRoot.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
    }
    return compileTree(root);
  }

  /** Compiles every Java file under {@code root}/src again, as a second build of the same tree does. */
  static Result compileTree(Path root) throws IOException {
    Path sourceRoot = root.resolve("src");
    Path classes = root.resolve("classes");
    Files.createDirectories(classes);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sourceRoot)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
          "-encoding", "UTF-8", "-Aretort.sourceRoot=" + sourceRoot, "-Aretort.timestamp=2026-11-21T10:00");
      StringWriter out = new StringWriter();
      JavaCompiler.CompilationTask task = javac.getTask(out, fileManager, diagnostics, options, null,
          fileManager.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(new RetortProcessor()));
      boolean success = task.call();
      StringBuilder text = new StringBuilder(out.toString());
      diagnostics.getDiagnostics().forEach(d -> text.append(d.getKind()).append(": ").append(d.getMessage(null)).append('\n'));
      return new Result(success, text.toString(), sourceRoot, classes);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

}
