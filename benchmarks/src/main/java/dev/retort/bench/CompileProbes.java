package dev.retort.bench;

import dev.retort.bench.Probe.Measurement;
import dev.retort.processor.RetortProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.hibernate.processor.HibernateProcessor;

/**
 * One javac run over a generated project: plain ({@code -proc:none}), with Retort's processor, or
 * with hibernate-processor, the standard JPA metamodel generator. The time is the whole javac
 * task in a fresh JVM, as a build's first compile pays it; the processor's own time goes into the
 * detail (and is the measurement itself when {@code measure=processor}).
 */
final class CompileProbes {

  private CompileProbes() {}

  static Measurement compile(ProbeArgs probe) throws Exception {
    String tool = probe.get("tool");
    Path src = probe.path("src");
    Path out = probe.path("out");
    Processor processor;
    List<String> options = List.of();
    switch (tool) {
      case "javac":
        processor = null;
        break;
      case "retort":
        processor = new RetortProcessor();
        options = List.of("-Aretort.timestamp=2026-06-01T00:00");
        break;
      case "hibernate":
        processor = new HibernateProcessor();
        break;
      case "noop":
        processor = new NoopProcessor();
        break;
      default:
        throw new IllegalArgumentException("unknown compiler tool " + tool);
    }
    long started = Probe.start();
    Javac.Outcome outcome = Javac.compile(src, out.resolve("classes"), out.resolve("generated"), processor, options);
    String detail = String.format(java.util.Locale.ROOT, "javacMs=%.1f,processorMs=%.1f,processorCpuMs=%.1f,migrations=%d",
        outcome.millis(), outcome.processorMillis(), outcome.processorCpuMillis(), migrations(src));
    Measurement whole = Measurement.since(started, detail, outcome);
    return "processor".equals(probe.values().get("measure"))
        ? new Measurement(outcome.processorMillis(), outcome.processorCpuMillis(), detail, outcome)
        : whole;
  }

  /**
   * A processor that claims {@code @Entity} and does nothing: what javac charges for running any
   * annotation processor at all, the floor under every processor's added time.
   */
  static final class NoopProcessor extends AbstractProcessor {

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("jakarta.persistence.Entity");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return false;
    }
  }

  /** How many migration sources the project's migrations package holds after the compile. */
  static long migrations(Path src) throws java.io.IOException {
    Path dir = src.resolve(EntitySources.MIGRATIONS_PACKAGE.replace('.', '/'));
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).count();
    }
  }
}
