package dev.retort.snapshot;

import dev.retort.model.SchemaModel;
import java.util.Objects;

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
}
