package dev.retort.message;

/**
 * The catalog of the messages the runtime shows: identifiers, the revision graph, history and
 * checksums, locks, connections and the migrator. Each names the element or revision at fault
 * and says how to fix it; its code is stable, so people can search for it and tests can assert on
 * it. The design-time modules keep their own catalogs ({@link CatalogEntry}).
 */
public enum Message implements CatalogEntry {
  IDENTIFIER_TOO_LONG("RTR-101", Category.USAGE, 2,
      "The identifier \"%s\" is %d bytes long, but PostgreSQL keeps only the first 63 bytes of a name and would"
          + " silently truncate it. Give it a name of at most 63 bytes."),
  IDENTIFIER_INVALID("RTR-102", Category.USAGE, 1,
      "The identifier \"%s\" contains a NUL character, which PostgreSQL cannot store. Remove it from the name."),
  CONCURRENT_INDEX_IN_TRANSACTION("RTR-103", Category.USAGE, 2,
      "Revision %s builds or drops index %s CONCURRENTLY, which PostgreSQL refuses inside a transaction. Declare"
          + " the revision with Revision...nonTransactional(), and keep other steps out of it."),
  DUPLICATE_REVISION("RTR-201", Category.INTEGRITY, 3,
      "Two migrations declare revision %s: %s and %s. Give one of them a new revision id."),
  UNKNOWN_PARENT("RTR-202", Category.INTEGRITY, 3,
      "Revision %s follows %s, but no migration declares that revision. Restore the missing migration or"
          + " correct the parent of %s."),
  REVISION_CYCLE("RTR-203", Category.INTEGRITY, 1,
      "The revisions %s follow each other in a cycle. Correct the parents so that the history starts at one base."),
  MULTIPLE_HEADS("RTR-204", Category.INTEGRITY, 2,
      "The migrations have %d heads: %s. Branches were merged without a merge revision; add a migration whose"
          + " revision() returns Revision.merge(\"<new id>\", List.of(<the heads>), \"merge heads\") with empty bodies"
          + " (retort merge -m \"merge heads\" writes it), and build again."),
  MULTIPLE_BASES("RTR-205", Category.INTEGRITY, 2,
      "The migrations start at %d base revisions: %s. Only one revision may have no parent; give the others a parent."),
  UNKNOWN_REVISION("RTR-206", Category.USAGE, 2,
      "There is no revision %s. Known revisions: %s."),
  AMBIGUOUS_REVISION("RTR-207", Category.USAGE, 2,
      "The revision prefix %s matches several revisions: %s. Give more characters."),
  INVALID_TARGET("RTR-208", Category.USAGE, 1,
      "\"%s\" is not a target Retort understands. Use head, base, a revision id (or a unique prefix), +N to"
          + " upgrade N steps or -N to downgrade N steps."),
  CHECKSUM_MISMATCH("RTR-301", Category.INTEGRITY, 4,
      "Revision %s was applied with checksum %s, but its migration in code now has checksum %s: the migration was"
          + " edited after it ran. Undo the edit and write a new migration instead; or, if the edit only changed"
          + " formatting or is known to be harmless, accept it once with"
          + " Retort.configure()...acceptChecksumChange(\"%s\") or retort upgrade --accept-checksum %4$s, which"
          + " records the new checksum; then remove that call."),
  UNKNOWN_APPLIED_REVISION("RTR-302", Category.INTEGRITY, 2,
      "The database has revision %s applied, but this build has no migration for it: an older build is running"
          + " against a newer database, and the future-revisions policy is fail. Deploy the build that contains %s,"
          + " or let this build start on the newer schema with RETORT_FUTURE_REVISIONS=ignore (the CLI's"
          + " --future-revisions ignore, Retort.configure()...futureRevisions(FutureRevisionPolicy.IGNORE))."),
  FAILED_REVISION_IN_HISTORY("RTR-303", Category.INTEGRITY, 3,
      "Revision %s is recorded as failed: it is a non-transactional migration that stopped midway, so some of its"
          + " statements may have run. Inspect the schema (an index built CONCURRENTLY that failed is left INVALID,"
          + " a constraint whose VALIDATE failed is left NOT VALID; drop them), then delete the row of %s from %s and boot again."),
  HISTORY_TOO_NEW("RTR-304", Category.INTEGRITY, 3,
      "The history table %s was written by a newer Retort (format %s; this Retort reads format %s). Upgrade"
          + " Retort in this build."),
  HISTORY_UNREADABLE("RTR-305", Category.INTEGRITY, 2,
      "The history table %s has a row Retort cannot read (%s). Repair or delete that row by hand; Retort"
          + " never guesses what a damaged history meant."),
  FUTURE_REVISIONS_IGNORED("RTR-310", Category.INTEGRITY, 3,
      "The database at %s has %d revision(s) applied that this build does not contain: %s, applied by a newer"
          + " build. Every revision of this build is applied, so nothing was applied and the schema is the newer"
          + " build's. This is expected while rolling back or during a rolling deploy; to refuse it instead, set"
          + " RETORT_FUTURE_REVISIONS=fail (--future-revisions fail)."),
  FUTURE_REVISIONS_OUT_OF_ORDER("RTR-311", Category.INTEGRITY, 3,
      "This build would apply %s, but the database already has revisions applied that this build does not"
          + " contain: %s. Applying this build's revisions after a newer build's would run them out of order, so"
          + " nothing was applied. Deploy the build that contains %s, which applies what is missing in order."),
  FUTURE_REVISIONS_BLOCK("RTR-312", Category.INTEGRITY, 2,
      "Cannot %s: the database has revisions applied that this build does not contain (%s), and this build"
          + " can neither undo them nor tell what depends on them. Run it with the build that contains them."),
  FUTURE_REVISION_POLICY_INVALID("RTR-313", Category.USAGE, 2,
      "%s is \"%s\", which is not a future-revisions policy. Use ignore (the default: start on a database a newer"
          + " build migrated, applying nothing) or fail (refuse such a database)."),
  LOCK_TIMEOUT("RTR-401", Category.CONNECTION, 2,
      "Another migrator has held the migration lock on %s for more than %s. It is probably still migrating;"
          + " wait for it, or raise lockTimeout(...) (the CLI's --lock-timeout). A crashed migrator releases the"
          + " lock by itself."),
  CONNECTION_FAILED("RTR-402", Category.CONNECTION, 3,
      "Cannot connect to the database at %s as user %s: %s"),
  DATABASE_ERROR("RTR-403", Category.CONNECTION, 2,
      "The database refused %s: %s"),
  MIGRATION_FAILED("RTR-501", Category.MIGRATION_FAILED, 4,
      "Revision %s (%s) failed and was rolled back; the revisions before it stay applied. Statement: %s"
          + " Server message: %s"),
  NON_TRANSACTIONAL_MIGRATION_FAILED("RTR-502", Category.MIGRATION_FAILED, 4,
      "Revision %s (%s) failed midway; it is non-transactional, so the statements before the failing one stay"
          + " applied and the revision is recorded as failed. Statement: %s Server message: %s"),
  LOCK_WAIT_RETRYING("RTR-503", Category.MIGRATION_FAILED, 8,
      "Revision %s (%s) waited more than %s for a lock%s and was rolled back, so the queries queued behind it"
          + " could go on; retry %d of %d in %s. Statement: %s"),
  LOCK_WAIT_EXHAUSTED("RTR-504", Category.MIGRATION_FAILED, 6,
      "Revision %s (%s) could not get a lock within %s in %d attempt(s)%s, so it was rolled back each time and"
          + " nothing of it is applied; the revisions before it stay applied. Statement: %s Let the long"
          + " transaction finish or end it (SELECT pg_terminate_backend(<pid>)), then run again; or migrate when the"
          + " table is quieter, or allow a longer wait: lockWaitTimeout(...) or lockRetries(...) on the builder"
          + " (RETORT_LOCK_WAIT_TIMEOUT, RETORT_LOCK_RETRIES; the CLI's --lock-wait-timeout, --lock-retries), or"
          + " Revision...lockWaitTimeout(...) on this revision alone."),
  ONLINE_MIGRATION_STOPPED("RTR-505", Category.MIGRATION_FAILED, 4,
      "Revision %s (%s) stopped midway; it builds online forms in autocommit, so what it finished stays (a"
          + " constraint whose VALIDATE failed stays NOT VALID: it checks new rows only) and it is recorded as"
          + " failed. Statement: %s Server message: %s Fix the cause (for a check or a foreign key, the rows that"
          + " violate it; for a lock timeout, the long transaction holding the table: let it finish or end it) and"
          + " run again: the revision resumes, keeping what it finished and adding again, then validating, what it"
          + " left NOT VALID."),
  OFFLINE_JAVA_STEP("RTR-601", Category.USAGE, 2,
      "Revision %s runs the Java step \"%s\", which only the runtime can run; this script does not include it."
          + " Run that revision through the runtime or the retort CLI instead of this script."),
  RANGE_NOT_LINEAR("RTR-602", Category.USAGE, 3,
      "Revisions %s and %s lie on different branches, so no script leads from one to the other. Give a range"
          + " whose start is an ancestor or a descendant of its end, such as base:%s."),
  MIGRATION_NOT_INSTANTIABLE("RTR-701", Category.USAGE, 3,
      "Cannot create migration %s listed in %s: %s. A migration class needs a public no-argument constructor;"
          + " rebuild the project so that the index matches the classes."),
  NO_CONNECTION_CONFIGURED("RTR-702", Category.USAGE, 1,
      "No database is configured. Call dataSource(..) or url(..) before %s."),
  CONNECTION_URL_INVALID("RTR-703", Category.USAGE, 3,
      "%s is not a PostgreSQL connection URL (%s): %s. Write jdbc:postgresql://host:5432/db or"
          + " postgresql://user:password@host:5432/db, and percent-encode special characters in the user"
          + " and password (@ as %%40, / as %%2F, : as %%3A)."),
  ENV_FILE_MALFORMED("RTR-704", Category.USAGE, 3,
      "%s line %d is not a KEY=VALUE setting: %s. Fix or comment out that line (# at its start)."),
  CONNECTION_SETTING_INVALID("RTR-705", Category.USAGE, 3,
      "%s is \"%s\", which %s. Fix the variable in the environment or in .env."),
  MIGRATION_INDEX_STALE("RTR-706", Category.USAGE, 6,
      "Migration %s declares revision %s following %s, but the index %s lists it as revision %s following %s."
          + " The index is out of date with the classes: rebuild the project (mvn clean compile) so that the"
          + " processor writes it again."),
  MIGRATION_INDEX_MALFORMED("RTR-707", Category.USAGE, 3,
      "Line %d of the migration index %s is not \"class revision parents fingerprint\": %s. The processor writes"
          + " this file; rebuild the project (mvn clean compile) instead of editing it."),
  // --- reliability (RTR-75x..79x) ---
  FAILED_REVISION_LEFT_INVALID_INDEX("RTR-750", Category.INTEGRITY, 5,
      "Revision %s is recorded as failed: it is a non-transactional migration that stopped midway, and it left"
          + " index %s INVALID (a CREATE INDEX CONCURRENTLY that did not finish: queries never use it, every write"
          + " still maintains it, and a retry fails because the name is taken). Recover: %s then, if the revision"
          + " ran other statements before the index, undo them; then %s and boot again, which runs %s anew."),
  INVALID_INDEX_IN_THE_WAY("RTR-751", Category.INTEGRITY, 3,
      "Revision %s builds index %s CONCURRENTLY, but an INVALID index of that name already exists, left by a"
          + " CREATE INDEX CONCURRENTLY that did not finish. Nothing was run. Drop it with DROP INDEX CONCURRENTLY"
          + " %s; and boot again; the revision then builds it anew."),
  FAILED_REVISION_INDEXES_COMPLETE("RTR-752", Category.INTEGRITY, 4,
      "Revision %s is recorded as failed, yet the indexes it builds CONCURRENTLY (%s) exist and are valid: its"
          + " migrator most likely died (was killed or lost its session) after the server finished them but before"
          + " it recorded success. If the revision's other statements took effect too, record it as applied with"
          + " %s and boot again; otherwise undo what ran, delete the row of %s from the history and boot again."),
  HISTORY_MISSING_PARENT("RTR-753", Category.INTEGRITY, 4,
      "The history table %s records revision %s as applied but not its parent %s, which is always recorded first:"
          + " a row was deleted or the history edited by hand. Retort never guesses what a damaged history meant."
          + " If the changes of %s are in the database, record them without running anything with"
          + " Retort...stamp(\"<the revision the database is really at>\"); otherwise restore the table from a backup."),
  HISTORY_TABLE_ALTERED("RTR-754", Category.INTEGRITY, 4,
      "The history table %s lacks a column Retort reads (%s): it was altered by hand or created by another tool."
          + " Restore the table from a backup, or move it aside (CREATE SCHEMA retort_backup; ALTER TABLE %s SET SCHEMA"
          + " retort_backup;) and let Retort create a new one (format %d), then record the applied revisions in it with"
          + " Retort...stamp(\"<the revision the database is at>\")."),
  PRIVILEGE_MISSING("RTR-755", Category.CONNECTION, 10,
      "Revision %s (%s) %s: role %s lacks the %s privilege on %s %s. Statement: %s Server message: %s. Have the"
          + " owner of that object or a superuser run %s then boot again; or run migrations as the role that owns"
          + " the schema."),
  OWNER_REQUIRED("RTR-756", Category.CONNECTION, 9,
      "Revision %s (%s) %s: only the owner of %s %s may change it, and role %s does not own it. Statement: %s"
          + " Server message: %s. Run migrations as its owner, or have the owner or a superuser run %s then boot"
          + " again."),
  HISTORY_PRIVILEGE_MISSING("RTR-757", Category.CONNECTION, 7,
      "Retort cannot keep its history table %s: role %s lacks the %s privilege on %s %s (server message: %s)."
          + " Have the owner of that object or a superuser run %s or point historySchema(...) at a schema the role"
          + " owns; then boot again."),

  ;

  private final Definition definition;

  Message(String code, Category category, int arity, String template) {
    this.definition = new Definition(code, category, arity, template);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
