package dev.retort.design;

import dev.retort.migration.Migration;
import java.util.List;
import java.util.Objects;

/** A revision the history already has, as its migration declares it: its id and the parents it follows. */
public record KnownRevision(String id, List<String> parents) {

  public KnownRevision {
    Objects.requireNonNull(id, "id");
    parents = List.copyOf(parents);
  }

  /** The revision {@code migration} declares. */
  public static KnownRevision of(Migration migration) {
    return new KnownRevision(migration.revision().id(), migration.revision().parents());
  }
}
