package dev.retort.snapshot;

import dev.retort.model.SchemaModel;
import java.util.Objects;
import java.util.Set;

/**
 * The schema as of the newest migration: {@code headRevision} is that migration's revision id, or
 * null before the first migration, and {@code model} is the schema it leaves behind.
 */
public record Snapshot(String headRevision, SchemaModel model) {

  public Snapshot {
    Objects.requireNonNull(model, "model");
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
