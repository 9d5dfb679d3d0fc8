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
      "The schema snapshot %s says at line %d that it is in format %s, but this Retort reads format %d only:"
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
