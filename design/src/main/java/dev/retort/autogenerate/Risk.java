package dev.retort.autogenerate;

import dev.retort.ops.Operation;

/**
 * A generated step a reviewer must look at: it destroys data, it needs a backfill the
 * developer writes, or it locks a table for a rewrite. The processor turns each into a compiler warning.
 */
public record Risk(Kind kind, Operation operation, String description) {

  /** Why the step is risky. */
  public enum Kind {
    /** Dropping a table or column, narrowing a type, removing an enum value or a sequence. */
    DESTROYS_DATA,
    /** A column of an existing table becomes NOT NULL (new without a default, or tightened): existing rows need a value. */
    NEEDS_BACKFILL,
    /** A column's type change rewrites or scans its table under an exclusive lock; the warning gives the online way. */
    REWRITES_TABLE,
    /** A key, unique constraint or unique index added to a table that exists fails on rows that break it; the warning gives the queries that find them. */
    CHECKS_EXISTING_ROWS,
    /** An identity is dropped with no ascending sequence known to take over its values past the rows. */
    IDENTITY_WITHOUT_SEQUENCE
  }
}
