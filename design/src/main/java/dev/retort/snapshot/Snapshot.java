package dev.retort.snapshot;

import dev.retort.model.SchemaModel;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.Set;

/**
 * The schema as of the newest migration: {@code headRevision} is that migration's revision id, or
 * null before the first migration, {@code model} is the schema it leaves behind, and {@code pendingDrops}
 * the drops deferred until no running release needs what they drop (sorted; the model still has those).
 */
public record Snapshot(String headRevision, SchemaModel model, List<PendingDrop> pendingDrops) {

  public Snapshot {
    Objects.requireNonNull(model, "model");
    pendingDrops = List.copyOf(new TreeSet<>(pendingDrops));
  }

  /** A snapshot with no pending drop. */
  public Snapshot(String headRevision, SchemaModel model) {
    this(headRevision, model, List.of());
  }

  /** This snapshot at revision {@code revision}, with the same schema and pending drops. */
  public Snapshot at(String revision) {
    return new Snapshot(revision, model, pendingDrops);
  }

  /** The snapshot of a project that has no migration yet: no head, empty schema. */
  public static Snapshot initial() {
    return new Snapshot(null, SchemaModel.empty());
  }

  /**
   * Whether this snapshot belongs to migrations whose head is {@code codeHead} (null when there is
   * none), given that head's ancestors: its head is that head, or an ancestor of it when
   * hand-written revisions (data migrations, which change no schema) were added after it.
   */
  public boolean belongsTo(String codeHead, Set<String> codeHeadAncestors) {
    return Objects.equals(headRevision, codeHead) || headRevision != null && codeHeadAncestors.contains(headRevision);
  }
}
