package dev.retort.bench;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import com.sun.source.util.JavacTask;

/** Runs javac in process over a source tree, with one processor or none, and times it. */
final class Javac {

  /** How a compilation went: wall time of the whole javac task and the time spent inside the processor. */
  record Outcome(double millis, double processorMillis, double processorCpuMillis) {}

  private Javac() {}

  /** The class path generated entities and migrations compile against: the JPA API and Retort's runtime. */
  static String entityClassPath() {
    return location(jakarta.persistence.Entity.class) + File.pathSeparator + location(dev.retort.migration.Migration.class);
  }

  static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Compiles every {@code .java} file under {@code sourceRoot} into {@code classes} (generated
   * sources into {@code generated}); {@code processor} null means {@code -proc:none}. Throws with
   * javac's diagnostics when the compilation fails.
   */
  static Outcome compile(Path sourceRoot, Path classes, Path generated, Processor processor, List<String> extraOptions)
      throws IOException {
    long started = System.nanoTime();
    Files.createDirectories(classes);
    Files.createDirectories(generated);
    List<File> sources;
    try (Stream<Path> walk = Files.walk(sourceRoot)) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().map(Path::toFile).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
    List<String> options = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-nowarn",
        "-d", classes.toString(), "-s", generated.toString(), "-cp", entityClassPath()));
    TimedProcessor timed = null;
    if (processor == null) {
      options.add("-proc:none");
    }
    options.addAll(extraOptions);
    StringWriter out = new StringWriter();
    JavacTask task = (JavacTask) javac.getTask(out, files, diagnostics, options, null,
        files.getJavaFileObjectsFromFiles(sources));
    if (processor != null) {
      timed = new TimedProcessor(processor);
      task.setProcessors(List.of(timed));
    }
    boolean ok = task.call();
    files.close();
    double millis = (System.nanoTime() - started) / 1e6;
    if (!ok) {
      StringBuilder message = new StringBuilder("javac failed on " + sourceRoot + ":\n" + out);
      diagnostics.getDiagnostics().stream().limit(20).forEach(d -> message.append(d).append('\n'));
      throw new IllegalStateException(message.toString());
    }
    return new Outcome(millis, timed == null ? 0 : timed.millis(), timed == null ? 0 : timed.cpuMillis());
  }
}
