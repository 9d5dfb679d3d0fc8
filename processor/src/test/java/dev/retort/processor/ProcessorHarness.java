package dev.retort.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.retort.model.SchemaModel;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicReference;
import javax.tools.JavaFileObject;

/** Runs {@link RetortProcessor} through compile-testing and hands back the model it read. */
public final class ProcessorHarness {

  /** The compilation and the model the processor read, null when it read none. */
  public record Result(Compilation compilation, SchemaModel model) {}

  private ProcessorHarness() {}

  /** Compiles {@code sources} with the processor and the given {@code -A} options ({@code key=value}). */
  public static Result compile(List<JavaFileObject> sources, String... options) {
    return compile(javac(), sources, options);
  }

  /** Compiles {@code sources} as {@link #compile(List, String...)} does, on the class path {@code classpath} only. */
  public static Result compileOn(List<File> classpath, List<JavaFileObject> sources, String... options) {
    return compile(javac().withClasspath(classpath), sources, options);
  }

  /** A compilation of a source tree on disk, with the file object of each class by its qualified name. */
  public record TreeCompilation(Compilation compilation, Map<String, JavaFileObject> sources) {}

  /**
   * Compiles every {@code .java} file under {@code root} (as it is on disk now) with the processor writing
   * migrations into that tree, in package {@code com.acme.migrations}, named at {@code timestamp}.
   */
  public static TreeCompilation compileTree(Path root, String timestamp, String... options) throws IOException {
    Map<String, JavaFileObject> sources = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String name = root.relativize(file).toString().replace('/', '.').replaceFirst("\\.java$", "");
        sources.put(name, JavaFileObjects.forSourceString(name, Files.readString(file)));
      }
    }
    List<String> all = new ArrayList<>(List.of("retort.sourceRoot=" + root, "retort.package=com.acme.migrations",
        "retort.timestamp=" + timestamp));
    all.addAll(List.of(options));
    return new TreeCompilation(compile(new ArrayList<>(sources.values()), all.toArray(String[]::new)).compilation(),
        sources);
  }

  private static Result compile(Compiler compiler, List<JavaFileObject> sources, String... options) {
    AtomicReference<SchemaModel> model = new AtomicReference<>();
    List<String> flags = new ArrayList<>();
    for (String option : options) {
      flags.add("-A" + option);
    }
    Compilation compilation = compiler
        .withProcessors(new RetortProcessor(model::set))
        .withOptions(flags)
        .compile(sources);
    return new Result(compilation, model.get());
  }
}
