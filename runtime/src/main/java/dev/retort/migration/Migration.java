package dev.retort.migration;

/**
 * A migration: its {@link Revision} and the operations that move the schema forward
 * ({@link #upgrade}) and back ({@link #downgrade}). Both bodies only describe operations on the
 * builder they are given; Retort renders and runs them, so a body must not touch a database.
 */
public interface Migration {

  /** The revision id, parents, message and transaction mode. */
  Revision revision();

  /** Describes the changes that move the schema from the parents' state to this revision's. */
  void upgrade(Operations op);

  /** Describes the changes that undo {@link #upgrade}. */
  void downgrade(Operations op);
}
