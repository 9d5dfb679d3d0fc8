package dev.retort.runtime.tooling;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * One revision of the graph: its id and parents, the fingerprint of its migration's source when
 * the index records one, and its migration, loaded on first use. A boot that finds every revision
 * applied with an unchanged fingerprint never loads a migration class.
 */
public final class RevisionEntry {

  private final String id;
  private final List<String> parents;
  private final String fingerprint;
  private final String origin;
  private final ClassLoader loader;
  private final String index;
  private Migration migration;

  private RevisionEntry(String id, List<String> parents, String fingerprint, String origin, ClassLoader loader,
      String index, Migration migration) {
    this.id = id;
    this.parents = parents;
    this.fingerprint = fingerprint;
    this.origin = origin;
    this.loader = loader;
    this.index = index;
    this.migration = migration;
  }

  /** An entry for a migration given as an object: its revision is read now, it has no fingerprint. */
  public static RevisionEntry of(Migration migration) {
    Revision revision = migration.revision();
    return new RevisionEntry(revision.id(), revision.parents(), null, migration.getClass().getName(), null, null,
        migration);
  }

  /**
   * An entry as the index {@code index} lists it; the class is loaded from {@code loader} when the
   * migration is first needed, and must then declare the same revision and parents (the index is
   * stale otherwise).
   */
  public static RevisionEntry indexed(String className, String id, List<String> parents, String fingerprint,
      ClassLoader loader, String index) {
    return new RevisionEntry(id, List.copyOf(parents), fingerprint, className, loader, index, null);
  }

  /** The revision id. */
  public String id() {
    return id;
  }

  /** The revisions this one follows. */
  public List<String> parents() {
    return parents;
  }

  /** The SHA-256 of the migration's source as the index records it, or null when unknown. */
  public String fingerprint() {
    return fingerprint;
  }

  /** Where the migration comes from, for messages: its class name. */
  public String origin() {
    return origin;
  }

  /** The migration, loaded (and checked against the index) the first time it is asked for. */
  public Migration migration() {
    if (migration == null) {
      Migration loaded = MigrationIndex.instantiate(loader, origin, index);
      Revision revision = loaded.revision();
      if (!revision.id().equals(id) || !revision.parents().equals(parents)) {
        throw new RetortException(Message.MIGRATION_INDEX_STALE, origin, revision.id(), revision.parents(), index, id,
            parents);
      }
      migration = loaded;
    }
    return migration;
  }
}
