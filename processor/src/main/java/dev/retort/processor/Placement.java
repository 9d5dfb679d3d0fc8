package dev.retort.processor;

import dev.retort.design.Subject;
import dev.retort.model.QualifiedName;
import dev.retort.read.RenameDeclarations;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * Where the compiler shows an engine finding: a column's attribute (else its entity), a table's
 * entity, a revision's migration class; nowhere in particular when none of them is being compiled.
 */
final class Placement implements Subject.Visitor<Element> {

  private final RenameDeclarations origins;
  private final Map<String, Element> revisions = new HashMap<>();

  Placement(RenameDeclarations origins, Collection<RevisionScanner.DeclaredRevision> declared) {
    this.origins = origins;
    declared.forEach(revision -> revisions.put(revision.id(), revision.type()));
  }

  /** The element {@code subject} names, or null. */
  Element of(Subject subject) {
    return subject.accept(this);
  }

  @Override
  public Element whole() {
    return null;
  }

  @Override
  public Element revision(String id) {
    return revisions.get(id);
  }

  @Override
  public Element table(QualifiedName table) {
    return origins.tableOrigin(table).orElse(null);
  }

  @Override
  public Element column(QualifiedName table, String column) {
    return origins.columnOrigin(table, column).orElseGet(() -> table(table));
  }
}
