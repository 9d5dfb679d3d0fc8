package dev.retort.bench;

import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Wraps an annotation processor and adds up the time javac spends inside it ({@code init} and every
 * {@code process} round): the processor's own cost, apart from javac's.
 */
final class TimedProcessor implements Processor {

  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  private final Processor delegate;
  private long nanos;
  private long cpuNanos;

  TimedProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  /** Milliseconds spent inside the processor so far. */
  double millis() {
    return nanos / 1e6;
  }

  /** CPU milliseconds of javac's thread inside the processor: steadier than wall time on a busy machine. */
  double cpuMillis() {
    return cpuNanos / 1e6;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public void init(ProcessingEnvironment env) {
    long started = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    try {
      delegate.init(env);
    } finally {
      nanos += System.nanoTime() - started;
      cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    long started = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    try {
      return delegate.process(annotations, round);
    } finally {
      nanos += System.nanoTime() - started;
      cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
    }
  }

  @Override
  public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
      ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
