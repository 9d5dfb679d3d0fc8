package dev.retort.runtime.internal;

import dev.retort.ops.OperationFacts;
import dev.retort.migration.Operations;
import dev.retort.runtime.tooling.Checksums;
import dev.retort.runtime.tooling.RevisionGraph;
import dev.retort.runtime.tooling.Planner;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Revision;
import dev.retort.ops.Operation;
import dev.retort.render.sql.PostgresSqlRenderer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Renders the SQL of an upgrade or downgrade range without a connection, history-table
 * statements included, for a DBA to review and run: each transactional revision between
 * {@code BEGIN} and {@code COMMIT}.
 */
public final class OfflineScript {

  private final RevisionGraph graph;
  private final Planner planner;
  private final HistoryTable history;
  private final PostgresSqlRenderer renderer = new PostgresSqlRenderer();

  public OfflineScript(RevisionGraph graph, HistoryTable history) {
    this.graph = graph;
    this.planner = new Planner(graph);
    this.history = history;
  }

  /**
   * The script that moves a database from {@code from} (base, head or a revision) to {@code to};
   * an upgrade when {@code from} comes before {@code to}, a downgrade when after.
   */
  public String render(String from, String to) {
    Set<String> start = planner.stamped(from);
    Set<String> end = planner.stamped(to);
    StringBuilder script = new StringBuilder();
    if (end.containsAll(start)) {
      List<String> revisions = graph.inOrder(difference(end, start));
      header(script, "upgrade", from, to, revisions.size());
      for (String statement : history.createStatements()) {
        script.append(statement).append(";\n");
      }
      for (String id : revisions) {
        Migration migration = graph.migration(id);
        revisionBlock(script, migration.revision(), Operations.recordedBy(migration::upgrade),
            history.insertStatement(migration.revision(), Checksums.of(migration), graph.fingerprint(id),
                HistoryTable.OPERATION_UPGRADE));
      }
    } else if (start.containsAll(end)) {
      List<String> revisions = new ArrayList<>(graph.inOrder(difference(start, end)));
      Collections.reverse(revisions);
      header(script, "downgrade", from, to, revisions.size());
      for (String id : revisions) {
        Migration migration = graph.migration(id);
        revisionBlock(script, migration.revision(), Operations.recordedBy(migration::downgrade), history.deleteStatement(id));
      }
    } else {
      throw new RetortException(Message.RANGE_NOT_LINEAR, from, to, to);
    }
    return script.toString();
  }

  private static void header(StringBuilder script, String direction, String from, String to, int count) {
    script.append("-- Retort offline script: ").append(direction).append(' ').append(from).append(" -> ").append(to)
        .append(" (").append(count).append(count == 1 ? " revision" : " revisions").append(")\n")
        .append("-- Review before running; take a backup first.\n\n");
  }

  private void revisionBlock(StringBuilder script, Revision revision, List<Operation> operations, String historyStatement) {
    script.append("\n-- Revision ").append(revision.id());
    if (!revision.message().isEmpty()) {
      script.append(": ").append(revision.message().replace('\n', ' '));
    }
    script.append('\n');
    if (revision.transactional()) {
      script.append("BEGIN;\n");
    } else {
      script.append("-- non-transactional: each statement commits on its own\n");
    }
    for (Operation operation : operations) {
      if (OperationFacts.of(operation).javaStep()) {
        String description = ((Operation.RunJava) operation).description();
        script.append("-- ").append(Message.OFFLINE_JAVA_STEP.format(revision.id(), description)).append('\n');
        continue;
      }
      for (String sql : renderer.render(operation)) {
        script.append(sql).append(";\n");
      }
    }
    script.append(historyStatement).append(";\n");
    if (revision.transactional()) {
      script.append("COMMIT;\n");
    }
  }

  private static Set<String> difference(Set<String> all, Set<String> minus) {
    Set<String> result = new java.util.HashSet<>(all);
    result.removeAll(minus);
    return result;
  }
}
