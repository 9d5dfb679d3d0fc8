package dev.retort.message;

/** What kind of failure a message reports; the CLI maps each to its documented exit code. */
public enum Category {
  /** Not a failure: the compared schemas differ. Exit code 1. */
  DIFFERENCE(1),
  /** The caller asked for something that cannot be done as asked. Exit code 2. */
  USAGE(2),
  /** The database could not be reached or refused the connection or a privilege. Exit code 3. */
  CONNECTION(3),
  /** A migration's SQL or Java step failed and was rolled back. Exit code 4. */
  MIGRATION_FAILED(4),
  /** The migrations in code and the history in the database disagree. Exit code 5. */
  INTEGRITY(5),
  /** A bug in Retort itself: the command failed in a way no message foresees. Exit code 6. */
  INTERNAL(6),
  /** The compiled classes are older than their sources, so a tool reading them would report on a stale build. Exit code 7. */
  STALE_BUILD(7);

  private final int exitCode;

  Category(int exitCode) {
    this.exitCode = exitCode;
  }

  /** The exit code the CLI returns for this category. */
  public int exitCode() {
    return exitCode;
  }
}
