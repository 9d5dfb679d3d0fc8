package dev.retort.runtime;

/** Hears about each revision as the runtime applies or undoes it, for progress displays. */
public interface MigrationListener {

  /** The {@code index}-th (from 1) of {@code total} revisions is about to run. */
  default void starting(String revision, String message, int index, int total) {}

  /** The revision finished. */
  default void finished(MigrationReport.Step step, int index, int total) {}

  /** Does nothing. */
  MigrationListener NONE = new MigrationListener() {};
}
