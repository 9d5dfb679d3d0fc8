package dev.retort.render.java;

import dev.retort.model.QualifiedName;
import dev.retort.ops.Operation;
import java.util.Objects;

/**
 * A place in a generated upgrade where rows that exist need a value the developer writes: right
 * before {@code enforcement}, the very step that makes the column NOT NULL. Decided, and that step
 * made, when the safe steps are made; the renderer and the risk list read it from here (the
 * renderer only marks it, with a {@code // BACKFILL:} comment).
 *
 * @param enforcement the {@code SET NOT NULL} step the backfill must precede
 * @param cause why the rows lack a value, which the marker says
 */
public record Backfill(Operation.AlterColumnNullability enforcement, Cause cause) {

  /** Why existing rows need a value. */
  public enum Cause {
    /** The column is new, NOT NULL and without a default: it is added nullable, then enforced. */
    ADDED_COLUMN,
    /** The column exists and was nullable: rows where it is NULL would make {@code SET NOT NULL} fail. */
    TIGHTENED_COLUMN
  }

  public Backfill {
    Objects.requireNonNull(enforcement, "enforcement");
    Objects.requireNonNull(cause, "cause");
    if (enforcement.nullable()) {
      throw new IllegalArgumentException("a backfill precedes a step that sets NOT NULL");
    }
  }

  /** The table of the column. */
  public QualifiedName table() {
    return enforcement.table();
  }

  /** The column that becomes NOT NULL. */
  public String column() {
    return enforcement.column();
  }

  /**
   * Whether {@code operation} is the step this backfill precedes, in its plain or its online form
   * (an online plan may enforce the column through a validated check first).
   */
  public boolean precedes(Operation operation) {
    return operation.equals(new Operation.AlterColumnNullability(table(), column(), false, false))
        || operation.equals(new Operation.AlterColumnNullability(table(), column(), false, true));
  }
}
