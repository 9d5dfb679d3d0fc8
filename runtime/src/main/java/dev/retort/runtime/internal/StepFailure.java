package dev.retort.runtime.internal;

import java.sql.SQLException;

/** A statement or Java step of a migration failed; carries what was running, its place, and why. */
final class StepFailure extends Exception {

  /** PostgreSQL's lock_not_available: a lock wait reached lock_timeout (or a NOWAIT lock was taken). */
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  private final String statement;
  private final int index;
  /** Whether statements of its revision before it stay applied: a run in autocommit that stopped midway. */
  private boolean midway;

  StepFailure(String statement, Throwable cause) {
    this(statement, -1, cause);
  }

  StepFailure(String statement, int index, Throwable cause) {
    super(cause.getMessage(), cause);
    this.statement = statement;
    this.index = index;
  }

  String statement() {
    return statement;
  }

  /** The step's place in the revision, from 0; -1 for a statement of Retort's own. */
  int index() {
    return index;
  }

  /** Whether the step failed because it could not get a lock in time, which a later attempt may get. */
  boolean lockNotAvailable() {
    return getCause() instanceof SQLException e && LOCK_NOT_AVAILABLE.equals(e.getSQLState());
  }

  /** Marks that statements of its revision before it stay applied; returns this failure. */
  StepFailure midway() {
    midway = true;
    return this;
  }

  /** Whether statements of its revision before it stay applied. */
  boolean stoppedMidway() {
    return midway;
  }

  String serverMessage() {
    Throwable cause = getCause();
    return cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
  }
}
