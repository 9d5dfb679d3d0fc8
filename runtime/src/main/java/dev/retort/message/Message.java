package dev.retort.message;

import java.util.Locale;

/**
 * The catalog of every message Retort shows its users. Each names the element or revision at
 * fault and says how to fix it; its code is stable, so people can search for it and tests can
 * assert on it.
 */
public enum Message {
  IDENTIFIER_TOO_LONG("RTR-101", Category.USAGE,
      "The identifier \"%s\" is %d bytes long, but PostgreSQL keeps only the first 63 bytes of a name and would"
          + " silently truncate it. Give it a name of at most 63 bytes."),
  IDENTIFIER_INVALID("RTR-102", Category.USAGE,
      "The identifier \"%s\" contains a NUL character, which PostgreSQL cannot store. Remove it from the name."),
  CONCURRENT_INDEX_IN_TRANSACTION("RTR-103", Category.USAGE,
      "Revision %s builds or drops index %s CONCURRENTLY, which PostgreSQL refuses inside a transaction. Declare"
          + " the revision with Revision...nonTransactional(), and keep other steps out of it."),
  DUPLICATE_REVISION("RTR-201", Category.INTEGRITY,
      "Two migrations declare revision %s: %s and %s. Give one of them a new revision id."),
  UNKNOWN_PARENT("RTR-202", Category.INTEGRITY,
      "Revision %s follows %s, but no migration declares that revision. Restore the missing migration or"
          + " correct the parent of %s."),
  REVISION_CYCLE("RTR-203", Category.INTEGRITY,
      "The revisions %s follow each other in a cycle. Correct the parents so that the history starts at one base."),
  MULTIPLE_HEADS("RTR-204", Category.INTEGRITY,
      "The migrations have %d heads: %s. Branches were merged without a merge revision; create one with"
          + " `retort merge -m \"merge heads\" heads` and build again."),
  MULTIPLE_BASES("RTR-205", Category.INTEGRITY,
      "The migrations start at %d base revisions: %s. Only one revision may have no parent; give the others a parent."),
  UNKNOWN_REVISION("RTR-206", Category.USAGE,
      "There is no revision %s. Known revisions: %s."),
  AMBIGUOUS_REVISION("RTR-207", Category.USAGE,
      "The revision prefix %s matches several revisions: %s. Give more characters."),
  INVALID_TARGET("RTR-208", Category.USAGE,
      "\"%s\" is not a target Retort understands. Use head, base, a revision id (or a unique prefix), +N to"
          + " upgrade N steps or -N to downgrade N steps."),
  CHECKSUM_MISMATCH("RTR-301", Category.INTEGRITY,
      "Revision %s was applied with checksum %s, but its migration in code now has checksum %s: the migration was"
          + " edited after it ran. Undo the edit and write a new migration instead; or, if the edit only changed"
          + " formatting or is known to be harmless, accept it with acceptChecksumChange(\"%s\")"
          + " (`retort stamp --accept-checksum %s`), which records the new checksum."),
  UNKNOWN_APPLIED_REVISION("RTR-302", Category.INTEGRITY,
      "The database has revision %s applied, but this build has no migration for it: an older build is running"
          + " against a newer database. Deploy the build that contains %s, or allow it with allowUnknownApplied(true)."),
  FAILED_REVISION_IN_HISTORY("RTR-303", Category.INTEGRITY,
      "Revision %s is recorded as failed: it is a non-transactional migration that stopped midway, so some of its"
          + " statements may have run. Inspect the schema (an index built CONCURRENTLY that failed is left INVALID;"
          + " drop it), then delete the row of %s from %s and boot again."),
  HISTORY_TOO_NEW("RTR-304", Category.INTEGRITY,
      "The history table %s was written by a newer Retort (format %s; this Retort reads format %s). Upgrade"
          + " Retort in this build."),
  HISTORY_UNREADABLE("RTR-305", Category.INTEGRITY,
      "The history table %s has a row Retort cannot read (%s). Repair or delete that row by hand; Retort"
          + " never guesses what a damaged history meant."),
  LOCK_TIMEOUT("RTR-401", Category.CONNECTION,
      "Another migrator has held the migration lock on %s for more than %s. It is probably still migrating;"
          + " wait for it, or raise lockTimeout(...). A crashed migrator releases the lock by itself."),
  CONNECTION_FAILED("RTR-402", Category.CONNECTION,
      "Cannot connect to the database at %s as user %s: %s"),
  DATABASE_ERROR("RTR-403", Category.CONNECTION,
      "The database refused %s: %s"),
  MIGRATION_FAILED("RTR-501", Category.MIGRATION_FAILED,
      "Revision %s (%s) failed and was rolled back; the revisions before it stay applied. Statement: %s"
          + " Server message: %s"),
  NON_TRANSACTIONAL_MIGRATION_FAILED("RTR-502", Category.MIGRATION_FAILED,
      "Revision %s (%s) failed midway; it is non-transactional, so the statements before the failing one stay"
          + " applied and the revision is recorded as failed. Statement: %s Server message: %s"),
  OFFLINE_JAVA_STEP("RTR-601", Category.USAGE,
      "Revision %s runs the Java step \"%s\", which only the runtime can run; this script does not include it."
          + " Run that revision through the runtime or the retort CLI instead of this script."),
  RANGE_NOT_LINEAR("RTR-602", Category.USAGE,
      "Revisions %s and %s lie on different branches, so no script leads from one to the other. Give a range"
          + " whose start is an ancestor or a descendant of its end, such as base:%s."),
  MIGRATION_NOT_INSTANTIABLE("RTR-701", Category.USAGE,
      "Cannot create migration %s listed in %s: %s. A migration class needs a public no-argument constructor;"
          + " rebuild the project so that the index matches the classes."),
  NO_CONNECTION_CONFIGURED("RTR-702", Category.USAGE,
      "No database is configured. Call dataSource(..) or url(..) before %s.");

  private final String code;
  private final Category category;
  private final String template;

  Message(String code, Category category, String template) {
    this.code = code;
    this.category = category;
    this.template = template;
  }

  /** The stable tag, such as {@code RTR-301}. */
  public String code() {
    return code;
  }

  /** The kind of failure, which decides the CLI's exit code. */
  public Category category() {
    return category;
  }

  /** The message text for the given arguments, without the code. */
  public String text(Object... args) {
    return String.format(Locale.ROOT, template, args);
  }

  /** The message with its code in front, as shown to people. */
  public String format(Object... args) {
    return code + " " + text(args);
  }
}
