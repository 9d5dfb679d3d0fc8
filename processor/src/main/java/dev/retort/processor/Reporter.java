package dev.retort.processor;

import dev.retort.design.Finding;
import dev.retort.message.CatalogEntry;
import dev.retort.message.Message;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports catalog messages through javac's {@link Messager}, attached to the element (and
 * annotation) at fault, once each, and counts the errors so the processor knows whether its model is whole.
 */
public final class Reporter {

  private final Messager messager;
  private int errors;
  /** What was reported; an attribute of a mapped superclass is read once per entity, its message is worth one line. */
  private final Set<List<Object>> reported = new HashSet<>();

  /** A reporter that writes to {@code messager}. */
  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Reports an error on {@code element}; the model is not written when any error was reported. */
  public void error(Element element, CatalogEntry message, Object... args) {
    error(element, null, message, args);
  }

  /** Reports an error on {@code annotation} of {@code element}, or on the element when it is null. */
  public void error(Element element, AnnotationMirror annotation, CatalogEntry message, Object... args) {
    errors++;
    print(Diagnostic.Kind.ERROR, element, annotation, message, args);
  }

  /** Reports a warning on {@code element}. */
  public void warning(Element element, CatalogEntry message, Object... args) {
    warning(element, null, message, args);
  }

  /** Reports a warning on {@code annotation} of {@code element}, or on the element when it is null. */
  public void warning(Element element, AnnotationMirror annotation, CatalogEntry message, Object... args) {
    print(Diagnostic.Kind.WARNING, element, annotation, message, args);
  }

  /** Reports an engine finding on {@code element} (null: on no element), with the finding's severity. */
  public void report(Finding finding, Element element) {
    switch (finding.severity()) {
      case ERROR:
        error(element, finding.message(), finding.arguments().toArray());
        break;
      case WARNING:
        warning(element, finding.message(), finding.arguments().toArray());
        break;
      case NOTE:
        print(Diagnostic.Kind.NOTE, element, null, finding.message(), finding.arguments().toArray());
        break;
      default:
        throw new IllegalArgumentException(finding.severity().name());
    }
  }

  /** Counts an error that was printed elsewhere (on a line of a source, through the compiler's trees). */
  public void countError() {
    errors++;
  }

  /** How many errors were reported so far. */
  public int errorCount() {
    return errors;
  }

  private void print(Diagnostic.Kind kind, Element element, AnnotationMirror annotation, CatalogEntry message, Object... args) {
    String text = message.format(args);
    if (!reported.add(Arrays.asList(kind, text, element, annotation))) {
      return;
    }
    if (element == null) {
      messager.printMessage(kind, text);
    } else if (annotation == null) {
      messager.printMessage(kind, text, element);
    } else {
      messager.printMessage(kind, text, element, annotation);
    }
  }
}
