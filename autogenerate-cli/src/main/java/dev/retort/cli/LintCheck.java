package dev.retort.cli;

import dev.retort.lint.Lint;
import dev.retort.lint.LintFinding;
import dev.retort.lint.LintScope;
import dev.retort.lint.LintedRevision;
import dev.retort.lint.Step;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.runtime.tooling.RevisionGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code retort check}'s lint: runs the upgrade of each revision it checks against a recording builder (what the
 * runtime would apply, acknowledgements included) and asks {@link Lint}. It checks the revisions the database
 * has not applied, which one upgrade applies together; without a database, the tip of the history as the
 * processor checks it, each revision on its own.
 */
final class LintCheck {

  /** What the lint saw: the revisions it checked, and every finding (acknowledged ones marked). */
  record Result(List<String> checked, List<LintFinding> findings) {

    /** The findings that fail the check. */
    List<LintFinding> open() {
      return Lint.unacknowledged(findings);
    }
  }

  private LintCheck() {}

  /** The revisions of {@code graph} the database has not applied ({@code applied}), as one upgrade. */
  static Result pending(RevisionGraph graph, Set<String> applied) {
    List<String> ids = LintScope.pending(parents(graph), applied);
    return new Result(ids, Lint.check(ids.stream().map(id -> read(graph, id)).toList()));
  }

  /** The revisions at or after {@code snapshotHead}, each on its own (any of them may be applied already). */
  static Result tip(RevisionGraph graph, String snapshotHead) {
    List<String> ids = LintScope.tip(parents(graph), snapshotHead);
    List<LintFinding> findings = new ArrayList<>();
    ids.forEach(id -> findings.addAll(Lint.check(List.of(read(graph, id)))));
    return new Result(ids, findings);
  }

  /** The revision as its upgrade records it: what the runtime would apply, with the acknowledgements. */
  private static LintedRevision read(RevisionGraph graph, String id) {
    Migration migration = graph.migration(id);
    Operations builder = new Operations();
    migration.upgrade(builder);
    return new LintedRevision(id, builder.operations().stream().<Step>map(Step.Known::new).toList(),
        builder.acknowledgements());
  }

  private static Map<String, List<String>> parents(RevisionGraph graph) {
    Map<String, List<String>> parents = new LinkedHashMap<>();
    graph.order().forEach(id -> parents.put(id, graph.parents(id)));
    return parents;
  }
}
