package dev.retort.cli;

import dev.retort.migration.Operations;
import dev.retort.model.SchemaModel;
import dev.retort.evolution.ModelEvolution;
import dev.retort.runtime.tooling.RevisionGraph;
import java.util.Set;

/**
 * The schema the migrations build when applied from empty, computed without a database. A
 * migration written against a live database (autogenerate --against-db) may touch objects that
 * no earlier migration made; replaying then stops at it.
 */
record Replay(SchemaModel model, String stoppedAt, String reason) {

  /** Replays, parents first, the revisions of {@code graph} that {@code included} holds. */
  static Replay of(RevisionGraph graph, Set<String> included) {
    SchemaModel model = SchemaModel.empty();
    for (String id : graph.order()) {
      if (!included.contains(id)) {
        continue;
      }
      Operations upgrade = new Operations();
      graph.migration(id).upgrade(upgrade);
      try {
        model = ModelEvolution.apply(model, upgrade.operations());
      } catch (IllegalArgumentException e) {
        return new Replay(null, id, e.getMessage());
      }
    }
    return new Replay(model, null, null);
  }

  /** Whether every revision applied. */
  boolean complete() {
    return stoppedAt == null;
  }
}
