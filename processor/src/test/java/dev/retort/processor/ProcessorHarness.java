package dev.retort.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.retort.model.SchemaModel;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
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
