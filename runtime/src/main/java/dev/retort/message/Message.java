package dev.retort.message;

import java.util.Locale;

/**
 * The catalog of every message Retort shows its users. Each names the element or revision at
 * fault and says how to fix it; its code is stable, so people can search for it and tests can
 * assert on it.
 */
public enum Message {
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

  // --- snapshot (RTR-8xx): add entries of the snapshot format here ---
  SNAPSHOT_MALFORMED("RTR-801", Category.INTEGRITY, 4,
      "The schema snapshot %s cannot be read at line %d: expected %s, but found %s. Retort generates this file;"
          + " it was edited by hand or damaged. Restore it from version control and build again; Retort leaves"
          + " the broken file as it is."),
  SNAPSHOT_INVALID("RTR-802", Category.INTEGRITY, 3,
      "The schema snapshot %s describes an impossible schema at line %d: %s. Retort generates this file; it was"
          + " edited by hand or damaged. Restore it from version control and build again; Retort leaves the"
          + " broken file as it is."),
  SNAPSHOT_TOO_NEW("RTR-803", Category.INTEGRITY, 4,
      "The schema snapshot %s says at line %d that it is in format %s, but this Retort reads formats up to %d:"
          + " a newer Retort wrote it. Upgrade Retort in this build to the version the snapshot was written with."),
  SNAPSHOT_MERGE_CONFLICT("RTR-804", Category.INTEGRITY, 2,
      "The schema snapshot %s has a merge-conflict marker at line %d: two branches each added a migration after"
          + " the same head revision. Do not resolve it by keeping one side, which would lose the other branch's"
          + " changes: keep the lines of both sides, put the id of a new merge revision on the head line, and add"
          + " that merge revision, a migration whose revision() returns Revision.merge(\"<its id>\","
          + " List.of(<both heads>), \"merge heads\") with empty bodies; then build again. retort merge -m"
          + " \"merge heads\" does all of this: it writes the merge revision and the merged snapshot."),

  // --- processor (RTR-9xx): add entries of the annotation processor here ---
  PROCESSOR_OPTION_INVALID("RTR-901", Category.USAGE, 3,
      "The processor option -A%s=%s is not understood. Use one of: %s."),
  ENTITY_WITHOUT_ID("RTR-902", Category.USAGE, 1,
      "Entity %s has no identifier: neither it nor a superclass declares @Id or @EmbeddedId. Annotate the"
          + " identifier field (or its getter) with @Id."),
  DUPLICATE_COLUMN("RTR-903", Category.USAGE, 4,
      "%s maps to column %s of table %s, which %s already maps. Give one of them another column name with"
          + " @Column(name = \"...\") or @AttributeOverride."),
  NAME_TOO_LONG("RTR-904", Category.USAGE, 5,
      "The %s name \"%s\" of %s is %d bytes long, but PostgreSQL keeps only the first 63 bytes of a name and would"
          + " silently truncate it. Give it a name of at most 63 bytes with %s."),
  RESERVED_WORD_NAME("RTR-930", Category.USAGE, 5,
      "%s maps to %s %s, a reserved word in PostgreSQL. Hibernate writes it unquoted in its SQL (%s), which the"
          + " server rejects, unless the application sets hibernate.auto_quote_keyword=true. Rename it with %s, or set"
          + " hibernate.auto_quote_keyword=true and build with -Aretort.autoQuoteKeyword=true to silence this warning."),
  MAPPED_SUPERCLASS_TABLE("RTR-931", Category.USAGE, 4,
      "@MappedSuperclass %s declares @%s, which Hibernate does not apply to a mapped superclass and Hibernate"
          + " ORM 7 refuses at boot (AnnotationException). Move @%s to the entities that extend %s, or remove it."),
  JOIN_TABLE_COLUMN_MUTABILITY("RTR-932", Category.USAGE, 4,
      "%s declares join table column %s with insertable = %s but updatable = %s, which Hibernate ORM 7 refuses"
          + " on a collection (AnnotationException: must be defined with the same insertable and updatable"
          + " attributes). Give both the same value, or remove both."),
  UNMAPPABLE_TYPE("RTR-905", Category.USAGE, 2,
      "%s has type %s, which Hibernate cannot map to a column. Use a basic type, an @Embeddable or an entity"
          + " association; add an AttributeConverter with @Convert; or mark the attribute @Transient."),
  MAPPED_BY_UNKNOWN("RTR-906", Category.USAGE, 4,
      "%s is mappedBy \"%s\", but %s has no such attribute. Name the attribute of %s that owns the association."),
  UNSUPPORTED_MAPPING("RTR-907", Category.USAGE, 2,
      "%s uses %s, which Retort does not read yet, so the schema model lacks it. Write that part of the schema in"
          + " a migration by hand (op.execute(\"...\")) until Retort supports it."),
  SERIALIZED_ATTRIBUTE("RTR-908", Category.USAGE, 2,
      "%s has type %s, which Hibernate stores as serialized Java bytes in a bytea column. Map it to a basic type,"
          + " an @Embeddable or add an AttributeConverter with @Convert, unless serialized bytes are intended."),
  PROCESSOR_FAILED("RTR-909", Category.USAGE, 2,
      "Retort failed while reading %s: %s. This is a bug in Retort; please report it with this message and"
          + " the entity's source."),
  PROCESSOR_CRASHED("RTR-929", Category.INTERNAL, 2,
      "Retort failed unexpectedly while %s: %s. This is a bug in Retort, and it wrote nothing rather than a"
          + " half-made migration; please report it with this message. Until it is fixed, build with"
          + " -Aretort.mode=off to compile without Retort."),
  UNKNOWN_GENERATOR("RTR-910", Category.USAGE, 3,
      "%s uses generator \"%s\", but no @SequenceGenerator of that name is declared on the attribute, its class"
          + " or its package. Declare @SequenceGenerator(name = \"%s\", sequenceName = \"...\")."),
  NOT_AN_ENTITY("RTR-911", Category.USAGE, 3,
      "%s refers to %s, which is not an @Entity. Annotate %s with @Entity, or map the attribute as @Embedded or"
          + " as a basic value."),
  UNKNOWN_COLUMN("RTR-912", Category.USAGE, 4,
      "%s names column %s, which table %s does not have. Use one of its columns: %s."),
  DISCRIMINATOR_VALUE_REQUIRED("RTR-913", Category.USAGE, 2,
      "Entity %s has no @DiscriminatorValue, and Hibernate derives none for a discriminator of type %s. Annotate"
          + " it with @DiscriminatorValue(\"...\")."),
  CONVERTED_ENUMERATED("RTR-914", Category.USAGE, 2,
      "%s has both @Enumerated and @Convert(converter = %s), which Hibernate refuses at boot. Keep one of them."),
  TABLE_COLUMN_CONFLICT("RTR-915", Category.USAGE, 7,
      "%s of entity %s maps column %s of table %s as %s, but entity %s, which shares that table, maps the column as %s;"
          + " Hibernate creates the column only once, so one of the entities would not get the column it expects. Make"
          + " both mappings agree on type, length and nullability, or give the column or the entity's table another"
          + " name with @Column(name = \"...\") or @Table(name = \"...\")."),
  SHARED_TABLE_COLUMN_CONFLICT("RTR-918", Category.USAGE, 6,
      "%s declares table %s, which another mapping declares too, and maps its column %s as %s, but %s maps that column"
          + " as %s; Hibernate creates the table and the column only once, so one of the mappings would not get the"
          + " column it expects. Make both declarations agree on the column's type and length, or give one of them"
          + " another table or column name with @Table, @JoinTable, @CollectionTable or @Column(name = \"...\")."),
  UNKNOWN_SECONDARY_TABLE("RTR-916", Category.USAGE, 5,
      "%s maps to table %s, which entity %s does not declare as a secondary table (it declares %s). Declare"
          + " @SecondaryTable(name = \"%s\") on the entity, or name one of its secondary tables."),
  RENAMED_FROM_NOTHING("RTR-917", Category.USAGE, 3,
      "%s is annotated @RenamedFrom(\"%s\"), but %s, so Retort cannot tell what was renamed. Put @RenamedFrom on the"
          + " attribute that maps the renamed column (one column per table: a basic, embedded or to-one attribute), or"
          + " on the entity class that owns the renamed table; else remove it."),

  // --- autogenerate (RTR-10xx): the processor's generation of migrations ---
  SOURCE_ROOT_UNKNOWN("RTR-1001", Category.USAGE, 2,
      "Retort cannot tell where the source tree of %s is (%s). Set it with -Aretort.sourceRoot=<dir>, e.g."
          + " -Aretort.sourceRoot=${project.basedir}/src/main/java."),
  SNAPSHOT_UNREADABLE("RTR-1002", Category.USAGE, 2,
      "Cannot read the schema snapshot %s: %s. Check the file's permissions; Retort left it untouched."),
  MIGRATION_GENERATED("RTR-1003", Category.DIFFERENCE, 4,
      "Retort wrote migration %s (%s) to %s and updated %s. Review it, then commit both files."),
  MIGRATIONS_GENERATED("RTR-1018", Category.DIFFERENCE, 5,
      "Retort wrote %d migrations, %s to %s, into %s and updated %s: in one migration the change would lock more"
          + " tables than a default PostgreSQL can in one transaction, so each part creates some of them and follows"
          + " the part before it. Review them, then commit them all with the snapshot."),
  MIGRATION_RISK("RTR-1004", Category.DIFFERENCE, 2,
      "Migration %s %s. Review that step before you apply it."),
  TYPE_CHANGE_REWRITES_TABLE("RTR-1040", Category.DIFFERENCE, 2,
      "Migration %s %s. Review that step before you apply it to a table with rows."),
  ONLINE_MIGRATIONS_GENERATED("RTR-1041", Category.DIFFERENCE, 5,
      "Retort wrote %d migrations, %s to %s, into %s and updated %s: the steps on tables that already exist take"
          + " their online forms (indexes built concurrently, constraints validated apart), which run outside a"
          + " transaction, so they are revisions of their own, each following the one before it. Review them, then"
          + " commit them all with the snapshot (-Aretort.onlinePlans=false writes plain DDL in one migration)."),
  MODEL_DIFFERS_FROM_SNAPSHOT("RTR-1005", Category.DIFFERENCE, 2,
      "The entities differ from the schema snapshot %s, and retort.mode=check writes no migration. Pending changes:%s"
          + "%nBuild once without -Aretort.mode=check and commit the migration it writes."),
  GENERATION_FAILED("RTR-1006", Category.USAGE, 2,
      "Retort could not write %s: %s. Nothing was changed; fix the cause and build again."),
  OPTION_NOT_A_TIMESTAMP("RTR-1007", Category.USAGE, 1,
      "-Aretort.timestamp=%s is not a date and time like 2026-11-21T14:30. Fix or remove the option."),
  GENERATION_SKIPPED("RTR-1009", Category.USAGE, 1,
      "The sources of %s were not read from files, so Retort wrote no migration; it generates migrations only"
          + " when it compiles a source tree (or when -Aretort.sourceRoot names one)."),
  SNAPSHOT_REJECTED("RTR-1008", Category.INTEGRITY, 2,
      "%s Retort wrote no migration and left %s untouched; repair it and build again."),
  RENAME_HINT_INERT("RTR-1010", Category.DIFFERENCE, 5,
      "@RenamedFrom(\"%s\") on %s is already in the migrations: the snapshot %s has no %s %s any more. Remove the"
          + " annotation; it no longer does anything."),
  RENAME_NOT_DECLARED("RTR-1011", Category.DIFFERENCE, 9,
      "Migration %s drops column %s of table %s and adds column %s, so the values in %s will be lost. If the column"
          + " was renamed, annotate the attribute of %s with @RenamedFrom(\"%s\") (dev.retort.migration.RenamedFrom),"
          + " delete %s, restore %s from version control and build again."),
  RENAME_NOT_DECLARED_TABLE("RTR-1012", Category.DIFFERENCE, 8,
      "Migration %s drops %s and creates table %s, so rows will be lost if %s is a dropped table renamed. If it"
          + " is, annotate entity %s with @RenamedFrom(\"%s\")"
          + " (dev.retort.migration.RenamedFrom) naming the old table, delete %s, restore %s from version control"
          + " and build again."),
  RENAME_NOT_DECLARED_COLLECTION_TABLE("RTR-1060", Category.DIFFERENCE, 8,
      "Migration %s drops %s and creates table %s, the table of %s, so rows will be lost if %s is a dropped table"
          + " renamed. Retort takes no @RenamedFrom on a collection yet; if it is renamed,"
          + " edit %s and replace that drop and create by op.renameTable(\"%s\", \"%s\") naming the old table."),
  // The migration lint (dev.retort.lint): one code per kind of step that blocks or breaks on a table with rows.
  // Each takes the revision, the step in words and its table, and names the lock, the harm and the safe form.
  LINT_INDEX_BLOCKS_WRITES("RTR-1070", Category.DIFFERENCE, 3,
      "Revision %s %s: the index is built under a SHARE lock on %s, which may have rows, so every INSERT, UPDATE"
          + " and DELETE on it waits until the whole table is read. Use op.createIndexConcurrently(..) in a"
          + " .nonTransactional() revision, or acknowledge the step with .acknowledge(\"RTR-1070\", \"<why it is"
          + " safe>\")."),
  LINT_UNIQUE_BLOCKS_TABLE("RTR-1071", Category.DIFFERENCE, 3,
      "Revision %s %s: its index is built under an ACCESS EXCLUSIVE lock on %s, which may have rows, so reads and"
          + " writes wait until the whole table is read. Use op.addUniqueOnline(..) (the index built concurrently, then"
          + " attached) in a .nonTransactional() revision, or acknowledge the step with .acknowledge(\"RTR-1071\","
          + " \"<why it is safe>\")."),
  LINT_FOREIGN_KEY_VALIDATES("RTR-1072", Category.DIFFERENCE, 3,
      "Revision %s %s: every row of %s is checked under a SHARE ROW EXCLUSIVE lock on it and on the table it"
          + " references, so writes to both wait for the scan. Use op.addForeignKeyOnline(..) (NOT VALID, then VALIDATE CONSTRAINT,"
          + " which lets writes through), or acknowledge the step with .acknowledge(\"RTR-1072\", \"<why it is safe>\")."),
  LINT_CHECK_VALIDATES("RTR-1073", Category.DIFFERENCE, 3,
      "Revision %s %s: every row of %s is checked under an ACCESS EXCLUSIVE lock, so reads and writes wait for the"
          + " scan."
          + " Use op.addCheckOnline(..) (NOT VALID, then VALIDATE CONSTRAINT), or acknowledge the step with"
          + " .acknowledge(\"RTR-1073\", \"<why it is safe>\")."),
  LINT_SET_NOT_NULL_SCANS("RTR-1074", Category.DIFFERENCE, 3,
      "Revision %s %s: every row of %s is read under an ACCESS EXCLUSIVE lock, so reads and writes wait for the scan. Use"
          + " op.setNotNullOnline(..) (a CHECK NOT VALID, its validation, then SET NOT NULL without a scan), or"
          + " acknowledge the step with .acknowledge(\"RTR-1074\", \"<why it is safe>\")."),
  LINT_TYPE_CHANGE_REWRITES("RTR-1075", Category.DIFFERENCE, 3,
      "Revision %s %s: %s and its indexes are rewritten under an ACCESS EXCLUSIVE lock, so reads and writes wait for"
          + " the whole rewrite. Add a new column of the new type, backfill it in batches, switch the code to it and drop"
          + " the old column a release later; or acknowledge the step with .acknowledge(\"RTR-1075\", \"<why it is"
          + " safe>\")."),
  LINT_VOLATILE_DEFAULT_REWRITES("RTR-1076", Category.DIFFERENCE, 3,
      "Revision %s %s: every existing row of %s is filled with a value computed per row (a volatile default or an"
          + " identity), so PostgreSQL rewrites the table under an ACCESS EXCLUSIVE lock. Add the column without the"
          + " default, then set the default (op.alterColumnDefault) and backfill existing rows in batches; or"
          + " acknowledge the step with .acknowledge(\"RTR-1076\", \"<why it is safe>\")."),
  LINT_DROP_COLUMN_BREAKS_RELEASE("RTR-1077", Category.DIFFERENCE, 3,
      "Revision %s %s while the release still running may read it: its queries on %s fail from the moment the"
          + " migration commits (the drop itself takes a brief ACCESS EXCLUSIVE lock). Expand, then contract: stop"
          + " using the column in one release and drop it in the next (-Aretort.deferDrops=true defers generated"
          + " drops); or acknowledge the step with .acknowledge(\"RTR-1077\", \"<why no running code reads it>\")."),
  LINT_DROP_TABLE_BREAKS_RELEASE("RTR-1078", Category.DIFFERENCE, 3,
      "Revision %s %s while the release still running may read it: its queries on %s fail from the moment the"
          + " migration commits (the drop waits for an ACCESS EXCLUSIVE lock). Expand, then contract: stop using the"
          + " table in one release and drop it in the next (-Aretort.deferDrops=true defers generated drops); or"
          + " acknowledge the step with .acknowledge(\"RTR-1078\", \"<why no running code reads it>\")."),
  LINT_RENAME_BREAKS_RELEASE("RTR-1079", Category.DIFFERENCE, 3,
      "Revision %s %s under a brief ACCESS EXCLUSIVE lock, and the release still running queries %s by the old"
          + " name, which fails from the moment the migration commits. Expand, then contract: add the new name,"
          + " copy the data, switch the code, and drop the old name a release later; or acknowledge the step with"
          + " .acknowledge(\"RTR-1079\", \"<why no running code uses the old name>\")."),
  LINT_OPAQUE_STEP("RTR-1080", Category.DIFFERENCE, 3,
      "Revision %s %s: SQL other than SELECT, INSERT, UPDATE and DELETE, or Java, which the lint cannot see into,"
          + " so it cannot say which locks it takes on %s or how long it holds them. Prefer the operations API, which the lint checks; otherwise review the statement"
          + " for the locks it takes and acknowledge the step with .acknowledge(\"RTR-1080\", \"<why it is safe>\")."),
  LINT_STEP_UNREAD("RTR-1081", Category.DIFFERENCE, 3,
      "Revision %s: the lint could not read %s at compile time (its arguments are not literals or calls of"
          + " dev.retort.migration.Definitions), so it cannot check that step on %s. Write its arguments inline, run"
          + " retort check (which runs the migration's code), or acknowledge the step with .acknowledge(\"RTR-1081\","
          + " \"<why it is safe>\")."),
  LINT_ACKNOWLEDGEMENT_INVALID("RTR-1082", Category.USAGE, 3,
      "Revision %s: .acknowledge(%s) %s. Give the code of the finding (RTR-1070 to RTR-1081) and a reason that"
          + " says why the step is safe, right after the step it acknowledges."),
  LINT_ACKNOWLEDGEMENT_UNUSED("RTR-1083", Category.DIFFERENCE, 4,
      "Revision %s: .acknowledge(\"%s\") after the step that %s acknowledges nothing: the lint finds no %s on that step. Remove the"
          + " acknowledgement or move it after the step it is meant for."),
  LINT_FINDINGS_SUMMARY("RTR-1084", Category.DIFFERENCE, 3,
      "The lint checked %s and found %s; %s. Acknowledge a step that is safe with .acknowledge(\"<code>\", \"<reason>\")"
          + " right after it, or change it to the safe form the finding names."),
  DROPS_DEFERRED("RTR-1085", Category.DIFFERENCE, 3,
      "Retort did not drop %s: -Aretort.deferDrops=true keeps a dropped column or table until no running release"
          + " reads it, so the snapshot %s lists it as pending (a NOT NULL column is made nullable meanwhile). Once"
          + " every instance runs the code without it, compile once with -Aretort.applyPendingDrops=true (or run"
          + " retort autogenerate --apply-pending-drops): that writes the drops as a migration of their own, after %s."),
  PENDING_DROPS_WRITTEN("RTR-1086", Category.DIFFERENCE, 3,
      "Retort wrote migration %s, which drops %s, deferred until now, after revision %s, and removed them from the"
          + " snapshot's pending drops. Review it and commit both files; leave -Aretort.applyPendingDrops off from now"
          + " on."),
  NO_PENDING_DROPS("RTR-1087", Category.DIFFERENCE, 1,
      "-Aretort.applyPendingDrops=true found no pending drop in the snapshot %s, so it changed nothing; remove the"
          + " option."),
  MIGRATION_BRANCHES_NOT_MERGED("RTR-1013", Category.INTEGRITY, 3,
      "The migrations have several heads (%s): two branches that each added a migration were merged. Retort"
          + " writes no migration on top of one of them. Join them with a merge revision: a migration whose"
          + " revision() returns Revision.merge(\"<new id>\", List.of(%s), \"merge heads\") and whose upgrade and"
          + " downgrade bodies are empty; then put its id on the head line of %s, resolve any conflict in that"
          + " file by keeping both branches' lines, and build again. retort merge -m \"merge heads\" writes both"
          + " for you."),
  DRIFT_FOUND("RTR-1014", Category.DIFFERENCE, 2,
      "The database at %s has drifted from the schema snapshot: compared with the snapshot, it %s. Someone"
          + " changed it by hand; adopt the change in the entities, or undo it in the database."),
  DRIFT_CHECK_FAILED("RTR-1015", Category.CONNECTION, 2,
      "Retort could not compare the snapshot with the database at %s: %s. The build goes on without the drift"
          + " check; fix -Aretort.jdbcUrl, -Aretort.jdbcUser or -Aretort.jdbcPassword, or remove them."),
  DRIFT_DATABASE_BEHIND("RTR-1016", Category.DIFFERENCE, 3,
      "The database at %s is at %s, not at the snapshot's head %s, so it was not compared for drift; apply the"
          + " pending migrations first."),

  SNAPSHOT_REWOUND("RTR-1019", Category.DIFFERENCE, 5,
      "Migration %s (revision %s) is gone from %s, so Retort rewound the schema snapshot %s to revision %s, which it"
          + " followed, and compares the entities with that. If it was deleted by mistake, restore it and the snapshot"
          + " from version control."),
  SNAPSHOT_HEAD_NOT_IN_HISTORY("RTR-1017", Category.INTEGRITY, 4,
      "The schema snapshot %s says its head is revision %s, but the migrations' head is %s, which does not follow"
          + " it: the snapshot and the migrations do not belong together (a snapshot deleted or taken from another"
          + " branch, or a migration deleted). Restore from version control the snapshot that goes with %s, or"
          + " the missing migrations, then build or run the command again."),

  // --- command line (RTR-11xx): the retort CLI ---
  CLI_NO_CLASSES("RTR-1101", Category.USAGE, 1,
      "There is no compiled application at %s. Build it first (mvn compile), or point --classpath at its classes"
          + " directory or jar."),
  CLI_NO_INDEX("RTR-1102", Category.USAGE, 2,
      "%s holds no %s, so Retort cannot find the migrations. Put dev.retort:retort-processor on the compiler's"
          + " annotationProcessorPaths, build again, or point --classpath at the build output."),
  CLI_STALE_BUILD("RTR-1118", Category.STALE_BUILD, 3,
      "The compiled classes in %s are older than their sources, so retort %s would read a stale build: %s."
          + " Compile the project (mvn compile), then run the command again."),
  CLI_NO_MODEL("RTR-1103", Category.USAGE, 3,
      "%s holds no %s, the model of the entities that %s compares with. Build the project with the Retort processor"
          + " (retort.mode generate, manual or check) and try again."),
  CLI_NO_DATABASE("RTR-1104", Category.USAGE, 1,
      "No database is given for %s. Pass --url (jdbc:postgresql://host/db or postgresql://user@host/db), or set"
          + " RETORT_URL, DATABASE_URL, or POSTGRES_HOST and POSTGRES_DB, in the environment or in ./.env."),
  CLI_NO_PACKAGE("RTR-1105", Category.USAGE, 2,
      "Retort does not know where the migrations are: %s has no %s. Pass --package and --source-root, or build"
          + " the project with the Retort processor first."),
  CLI_NOT_MERGEABLE("RTR-1106", Category.USAGE, 2,
      "Cannot merge %s: %s. Give two or more heads, or heads; retort heads lists them."),
  CLI_NOTHING_TO_MERGE("RTR-1107", Category.USAGE, 2,
      "There is nothing to merge: the migrations in %s have one head (%s)."),
  CLI_MIGRATIONS_DO_NOT_COMPILE("RTR-1108", Category.USAGE, 2,
      "The migration sources in %s do not compile, so Retort cannot read their revisions: %s. Fix them and run"
          + " the command again."),
  CLI_FILE_EXISTS("RTR-1109", Category.USAGE, 1,
      "%s exists already, and Retort never overwrites a migration. Give another message with -m, or wait a minute."),
  CLI_WRITE_FAILED("RTR-1110", Category.USAGE, 2,
      "Cannot write %s: %s. Check that the source root (--source-root) exists and is writable."),
  CLI_UNEXPECTED("RTR-1111", Category.INTERNAL, 1,
      "Retort failed unexpectedly: %s. This is a bug in Retort; run the command again with --debug and report"
          + " the stack trace it prints."),
  CLI_RANGE_INVALID("RTR-1112", Category.USAGE, 1,
      "\"%s\" is not a range. Write FROM:TO (base:head, 1a2b:head, head:base) or just TO, which starts at base."),
  CLI_SNAPSHOT_UNREADABLE("RTR-1113", Category.USAGE, 2,
      "Cannot read the schema snapshot %s: %s."),
  CLI_BAD_CLASSPATH("RTR-1114", Category.USAGE, 2,
      "The classpath entry %s does not exist. Pass --classpath with the application's classes directory or jar"
          + " (entries separated by %s)."),
  CLI_AGAINST_DB_NEEDS_AUTOGENERATE("RTR-1115", Category.USAGE, 0,
      "--against-db compares the entities with the database, which only an autogenerated migration uses. Add"
          + " --autogenerate, or drop --against-db for an empty migration."),
  CLI_MESSAGE_REQUIRED("RTR-1116", Category.USAGE, 1,
      "%s needs a message that says what the migration does: add -m \"backfill user status\", for example."),
  CLI_MERGE_REPLAY_FAILED("RTR-1117", Category.USAGE, 2,
      "Cannot compute the merged schema: revision %s does not apply to the schema its ancestors build (%s), as"
          + " happens after autogenerate --against-db adopted hand-made changes. Write the merged snapshot by"
          + " hand: keep both branches' lines of the conflicted retort.snapshot and put the merge revision's id"
          + " on its head line."),
  CLI_REVISION_SEVERAL("RTR-1127", Category.USAGE, 4,
      "%s names %d revisions (%s) while branches are unmerged, so \"%s\" does not say which one. Name one of"
          + " them by its id or a unique prefix of it."),
  CLI_REVISION_STEP_PAST_END("RTR-1128", Category.USAGE, 5,
      "\"%s\" goes %d step(s), but the history ends after %d, at %s. Ask for fewer steps, or name %s itself."),
  CLI_REVISION_STEP_BRANCHES("RTR-1129", Category.USAGE, 4,
      "\"%s\" cannot step past revision %s: it %s (%s), so which way to go is ambiguous. Name the revision you mean"
          + " by its id or a unique prefix of it."),
  CLI_RANGE_DISJOINT("RTR-1130", Category.USAGE, 4,
      "The range %s holds no revision: %s and %s lie on different branches, neither following the other. Give a"
          + " range along one branch, such as base:%s; retort history without -r lists every branch."),
  CLI_SHOW_BASE("RTR-1131", Category.USAGE, 1,
      "\"%s\" is base, the state before the first revision, which has no steps to show. Show the first revision"
          + " with retort show base+1, or name a revision."),
  CLI_CONNECTION_ADVICE("RTR-1132", Category.CONNECTION, 2,
      "The connection settings came from %s. Check %s."),
  CLI_UNRESOLVED_CONFLICT("RTR-1133", Category.USAGE, 4,
      "%s has an unresolved git merge conflict (a conflict marker at line %d), so the build could not record the"
          + " migrations and retort %s has no build to read. %s"),
  CLI_SQL_OFFLINE("RTR-1134", Category.USAGE, 1,
      "An offline SQL script is written without a database, so \"%s\" cannot use current. Name the revision the"
          + " database is at instead (retort current shows it), or head, base, an id or a unique prefix, each with an"
          + " optional +N/-N."),
  CHECK_MODEL_AHEAD("RTR-1120", Category.DIFFERENCE, 2,
      "The entities differ from the snapshot %s: compared with it, they %s. Generate the migration with"
          + " retort autogenerate -m \"<what changed>\" (or build with retort.mode=generate)."),
  CHECK_MIGRATIONS_DIFFER_FROM_SNAPSHOT("RTR-1122", Category.DIFFERENCE, 2,
      "Replaying the migrations does not give the schema of the snapshot %s: compared with the snapshot, they %s."
          + " A migration was edited by hand, or a hand-written schema change uses execute(...); make the"
          + " migrations and the snapshot agree."),
  CHECK_PENDING("RTR-1123", Category.DIFFERENCE, 3,
      "The database at %s has not applied %d revision(s): %s. Apply them with retort upgrade."),
  CHECK_REPLAY_STOPPED("RTR-1126", Category.DIFFERENCE, 2,
      "Note: the migrations cannot be replayed without a database from revision %s on (%s), so check did not"
          + " compare them with the snapshot. This is expected after autogenerate --against-db adopted hand-made"
          + " changes; the database comparison still runs."),
  CHECK_NO_DATABASE("RTR-1125", Category.DIFFERENCE, 0,
      "No database is configured, so only the entities, the snapshot and the migrations were compared. Pass"
          + " --url or set DATABASE_URL to compare a database too."),

  // --- Spring Boot starter (RTR-12xx): the auto-configuration ---
  SPRING_NOT_AT_HEAD("RTR-1201", Category.INTEGRITY, 2,
      "retort.validate-only is set, and the database at %s is not at the head of this build: %s. Apply the"
          + " revisions first (start once without retort.validate-only, or run retort upgrade), or fix the states"
          + " named, then start again."),
  SPRING_MIGRATION_URL_MISSING("RTR-1202", Category.USAGE, 0,
      "retort.user or retort.password is set, so Retort migrates through its own connection, but neither"
          + " retort.url nor spring.datasource.url says where the database is. Set retort.url to the JDBC URL of"
          + " the database to migrate."),
  SPRING_STARTUP_STOPPED("RTR-1203", Category.USAGE, 1,
      "Retort stopped the application before it started (failure category: %s), so nothing ran against a"
          + " schema that does not match the entities. Do what the message above says, then start again; the"
          + " retort.* properties configure the migration."),
  SPRING_PROPERTY_OUT_OF_RANGE("RTR-1204", Category.USAGE, 5,
      "The property %s is %s, but it must be %s. Set it to such a value (in application.properties, or as the"
          + " environment variable %s), or remove it for the default: %s."),

  // --- Maven plugin (RTR-13xx): the retort-maven-plugin's goals over the CLI ---
  MAVEN_SERVER_NOT_FOUND("RTR-1301", Category.USAGE, 2,
      "The plugin's serverId is %s, but the settings.xml this build reads has no <server> with that id. Add"
          + " <server><id>%s</id><username>...</username><password>...</password></server> to ~/.m2/settings.xml"
          + " (or the file given with -s), or correct serverId (-Dretort.serverId)."),
  MAVEN_SERVER_NOT_DECRYPTED("RTR-1302", Category.USAGE, 2,
      "Cannot decrypt the password of <server> %s in settings.xml: %s. Encrypt it again with mvn"
          + " --encrypt-password against the settings-security.xml this build reads, or give it in plain text."),
  MAVEN_OUTPUT_NOT_WRITTEN("RTR-1303", Category.USAGE, 3,
      "Cannot write the result of retort:%s to %s: %s. Point outputFile (-Dretort.outputFile) at a file in a"
          + " writable directory."),
  ;

  private final String code;
  private final Category category;
  private final int arity;
  private final String template;

  Message(String code, Category category, int arity, String template) {
    this.code = code;
    this.category = category;
    this.arity = arity;
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

  /** How many arguments the message takes, in the order its text uses them. */
  public int arity() {
    return arity;
  }

  /** The text with its placeholders, as the catalog declares it. */
  public String template() {
    return template;
  }

  /** The message text for the given arguments, without the code. */
  public String text(Object... args) {
    // Checked where assertions run (every test): a call site that passes more or fewer arguments than
    // the entry declares shows a wrong or garbled message, which String.format alone would not notice.
    assert args.length == arity : code + " takes " + arity + " arguments, not " + args.length;
    return String.format(Locale.ROOT, template, args);
  }

  /** The message with its code in front, as shown to people. */
  public String format(Object... args) {
    return code + " " + text(args);
  }
}
