package dev.retort.read;

import dev.retort.processor.ProcessorMessage;
import dev.retort.processor.Reporter;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** Reports a name that PostgreSQL would silently truncate to its first 63 bytes. */
final class NameLengths {

  private final Reporter reporter;

  NameLengths(Reporter reporter) {
    this.reporter = reporter;
  }

  /**
   * Whether the stored {@code name} of a {@code kind} (table, foreign key, ...) of {@code owner} fits;
   * if not, reports it on {@code annotation} of {@code element}, suggesting {@code fix}.
   */
  boolean check(Element element, AnnotationMirror annotation, String kind, String name, Object owner, String fix) {
    int bytes = Identifiers.bytes(name);
    if (bytes <= Identifiers.MAX_BYTES) {
      return true;
    }
    reporter.error(element, annotation, ProcessorMessage.NAME_TOO_LONG, kind, name, owner, bytes, fix);
    return false;
  }
}
