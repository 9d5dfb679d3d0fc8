package dev.retort.runtime;

import java.time.Duration;

/** Hears about each revision as the runtime applies or undoes it, for progress displays. */
public interface MigrationListener {

  /** The {@code index}-th (from 1) of {@code total} revisions is about to run. */
  default void starting(String revision, String message, int index, int total) {}

  /**
   * The revision waited longer than its lock wait timeout for a lock, was rolled back, and runs
   * again after {@code backoff}: this is retry {@code retry} (from 1) of {@code retries}.
   * {@code waitedFor} names the lock and the session holding it when they were seen (RTR-503).
   */
  default void retrying(String revision, int retry, int retries, Duration backoff, String waitedFor) {}

  /**
   * Another migrator holds the migration lock on {@code scope}, so this one waits for it, at most
   * {@code timeout}; {@code holder} describes that session (pid, user, application, last query) as far
   * as the server shows it. Heard once per wait.
   */
  default void waitingForLock(String scope, String holder, Duration timeout) {}

  /** The revision finished. */
  default void finished(MigrationReport.Step step, int index, int total) {}

  /** Does nothing. */
  MigrationListener NONE = new MigrationListener() {};
}
