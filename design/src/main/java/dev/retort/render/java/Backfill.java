package dev.retort.render.java;

import dev.retort.model.QualifiedName;
import dev.retort.ops.Operation;
import java.util.Objects;

/**
 * A place in a generated upgrade where rows that exist need a value the developer writes: right
 * before column {@code column} of {@code table} becomes NOT NULL. Decided when the steps are made
 * (the renderer only marks it, with a {@code // BACKFILL:} comment).
 *
 * @param cause why the rows lack a value, which the marker says
 */
public record Backfill(QualifiedName table, String column, Cause cause) {

  /** Why existing rows need a value. */
  public enum Cause {
    /** The column is new, NOT NULL and without a default: it is added nullable, then enforced. */
    ADDED_COLUMN,
    /** The column exists and was nullable: rows where it is NULL would make {@code SET NOT NULL} fail. */
    TIGHTENED_COLUMN
  }

  public Backfill {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(cause, "cause");
  }

  /** Whether {@code operation} is the step that makes this column NOT NULL, which the backfill must precede. */
  public boolean precedes(Operation operation) {
    return operation instanceof Operation.AlterColumnNullability enforce
        && !enforce.nullable()
        && enforce.table().equals(table)
        && enforce.column().equals(column);
  }
}
