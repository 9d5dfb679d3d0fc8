package dev.retort.design;

import dev.retort.model.QualifiedName;

/**
 * What a finding is about, as data: an adapter puts the finding there (the processor on the entity,
 * attribute or migration class; the CLI in its text).
 */
public sealed interface Subject {

  /** One method per kind of subject, so that an adapter places every finding. */
  interface Visitor<R> {
    R whole();

    R revision(String id);

    R table(QualifiedName table);

    R column(QualifiedName table, String column);
  }

  /** Calls the visitor's method for this kind of subject. */
  <R> R accept(Visitor<R> visitor);

  /** The finding concerns no single element. */
  record Whole() implements Subject {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.whole();
    }
  }

  /** A revision of the history, by id. */
  record Revision(String id) implements Subject {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.revision(id);
    }
  }

  /** A table of the model. */
  record Table(QualifiedName table) implements Subject {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.table(table);
    }
  }

  /** A column of the model. */
  record Column(QualifiedName table, String column) implements Subject {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.column(table, column);
    }
  }

  /** The subject of a finding about nothing in particular. */
  static Subject whole() {
    return new Whole();
  }
}
