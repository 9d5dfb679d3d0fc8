package dev.retort.design;

import dev.retort.message.Category;
import dev.retort.message.CatalogEntry;

/**
 * The catalog of the messages the design engine shows, through the processor or the CLI: the snapshot format
 * (RTR-8xx) and the making of the next migration (RTR-10xx). Each entry names the element or revision at
 * fault and says how to fix it; its code is stable.
 */
public enum DesignMessage implements CatalogEntry {
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
  MIGRATION_RISK("RTR-1004", Category.DIFFERENCE, 2,
      "Migration %s %s. Review that step before you apply it."),
  TYPE_CHANGE_REWRITES_TABLE("RTR-1040", Category.DIFFERENCE, 2,
      "Migration %s %s. Review that step before you apply it to a table with rows."),
  KEY_CHECKS_EXISTING_ROWS("RTR-1042", Category.DIFFERENCE, 2,
      "Migration %s %s. Run those queries on each database the migration will reach before you apply it."),
  IDENTITY_DROPPED_WITHOUT_SEQUENCE("RTR-1043", Category.DIFFERENCE, 2,
      "Migration %s %s. Review that step before you apply it to a table with rows."),
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
  SNAPSHOT_HEAD_NOT_IN_HISTORY("RTR-1017", Category.INTEGRITY, 4,
      "The schema snapshot %s says its head is revision %s, but the migrations' head is %s, which does not follow"
          + " it: the snapshot and the migrations do not belong together (a snapshot deleted or taken from another"
          + " branch, or a migration deleted). Restore from version control the snapshot that goes with %s, or"
          + " the missing migrations, then build or run the command again."),

  // --- introspection (RTR-85x): what a live schema holds that the model cannot represent ---
  INTROSPECTED_PARTITIONED_TABLE("RTR-851", Category.DIFFERENCE, 1,
      "Table %s is partitioned; it was read as a plain table, without its partitions, so differences in its"
          + " partitions are not reported. Compare them by hand."),
  INTROSPECTED_GENERATED_COLUMN("RTR-852", Category.DIFFERENCE, 3,
      "Column %s of table %s is generated as %s, which the model cannot represent; it was read as an ordinary"
          + " column, so a change of its expression is not reported. Compare it by hand."),
  INTROSPECTED_EXCLUSION_CONSTRAINT("RTR-853", Category.DIFFERENCE, 2,
      "Exclusion constraint %s of table %s cannot be represented in the model; it was left out, so a change of it"
          + " is not reported. Compare it by hand."),
  INTROSPECTED_INDEX_LEFT_OUT("RTR-854", Category.DIFFERENCE, 3,
      "Index %s of table %s %s, which the model cannot represent; it was left out, so a change of it is not"
          + " reported. Compare it by hand."),
  ;

  private final Definition definition;

  DesignMessage(String code, Category category, int arity, String template) {
    this.definition = new Definition(code, category, arity, template);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
