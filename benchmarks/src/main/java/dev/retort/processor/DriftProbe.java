package dev.retort.processor;

import dev.retort.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The benchmarks' door to the processor's drift check, which is package-private: it lives in the
 * processor's package (class-path split package, never a module) so that the benchmark times the
 * very code {@code -Aretort.jdbcUrl} runs, not a copy of it.
 */
public final class DriftProbe {

  private DriftProbe() {}

  /** Runs the drift check of {@code snapshot} against the database; returns every warning and note it gave. */
  public static List<String> run(Snapshot snapshot, String url, String user, String password) {
    List<String> findings = new ArrayList<>();
    Messager messager = new Messager() {
      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
        findings.add(kind + ": " + msg);
      }

      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
        printMessage(kind, msg);
      }

      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
        printMessage(kind, msg);
      }

      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {
        printMessage(kind, msg);
      }
    };
    ProcessorOptions options = ProcessorOptions.parse(
        Map.of(ProcessorOptions.JDBC_URL, url, ProcessorOptions.JDBC_USER, user, ProcessorOptions.JDBC_PASSWORD, password),
        new Reporter(messager));
    new DriftCheck(messager, options).run(snapshot);
    return findings;
  }
}
