package dev.retort.lint;

import dev.retort.design.DesignMessage;
import dev.retort.migration.Acknowledgement;
import dev.retort.model.QualifiedName;
import dev.retort.ops.Operation;
import dev.retort.render.java.MigrationWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The migration lint: finds the steps that block or rewrite a table with rows, or break the release still
 * running, in revisions about to be applied. A table that the same upgrade creates before the step is new, so it
 * has no rows and no running code reads it, and nothing on it is a finding; every other table is taken to have
 * rows and traffic. Acknowledged findings are kept, marked with their reason.
 */
public final class Lint {

  private Lint() {}

  /**
   * The findings of {@code revisions}, which one upgrade applies together in the order given (parents before
   * children): a table one of them creates is new to the steps after it, in that revision and the later ones.
   */
  public static List<LintFinding> check(List<LintedRevision> revisions) {
    Set<QualifiedName> created = new HashSet<>();
    List<LintFinding> all = new ArrayList<>();
    for (LintedRevision revision : revisions) {
      List<LintFinding> found = new ArrayList<>();
      List<Step> steps = revision.steps();
      for (int i = 0; i < steps.size(); i++) {
        Step step = steps.get(i);
        if (step instanceof Step.Known known) {
          finding(revision.id(), i, known.operation(), created).ifPresent(found::add);
          track(known.operation(), created);
        } else if (step instanceof Step.Unread unread) {
          if (unread.createsTable() && unread.table() != null) {
            created.add(unread.table());
          } else if (unread.table() == null || !created.contains(unread.table())) {
            found.add(new LintFinding(revision.id(), i, DesignMessage.LINT_STEP_UNREAD,
                List.of(revision.id(), "op." + unread.call() + "(..)", tableText(unread.table())), null));
          }
        }
      }
      all.addAll(acknowledge(revision, found));
    }
    return all;
  }

  /** Only the findings no acknowledgement covers: what fails a CI check. */
  public static List<LintFinding> unacknowledged(List<LintFinding> findings) {
    return findings.stream().filter(finding -> !finding.acknowledged()).toList();
  }

  private static Optional<LintFinding> finding(String revision, int step, Operation operation, Set<QualifiedName> created) {
    return LintRules.of(operation)
        .filter(rule -> rule.table() == null || !created.contains(rule.table()))
        .map(rule -> new LintFinding(revision, step, rule.message(),
            List.of(revision, words(operation), tableText(rule.table())), null));
  }

  /**
   * {@code found} with each acknowledged finding marked, plus a finding for each acknowledgement that is wrong
   * (RTR-1082) or matches none (RTR-1083).
   */
  private static List<LintFinding> acknowledge(LintedRevision revision, List<LintFinding> found) {
    List<LintFinding> result = new ArrayList<>(found);
    for (Acknowledgement acknowledgement : revision.acknowledgements()) {
      if (acknowledgement.problem() != null) {
        result.add(new LintFinding(revision.id(), acknowledgement.step(), DesignMessage.LINT_ACKNOWLEDGEMENT_INVALID,
            List.of(revision.id(), acknowledgement.arguments(), acknowledgement.problem()), null));
        continue;
      }
      boolean used = false;
      for (int i = 0; i < result.size(); i++) {
        LintFinding finding = result.get(i);
        if (finding.step() == acknowledgement.step() && finding.message().code().equals(acknowledgement.code().strip())) {
          result.set(i, finding.acknowledgedFor(acknowledgement.reason().strip()));
          used = true;
        }
      }
      if (!used) {
        result.add(new LintFinding(revision.id(), acknowledgement.step(), DesignMessage.LINT_ACKNOWLEDGEMENT_UNUSED,
            List.of(revision.id(), acknowledgement.code(), stepWords(revision, acknowledgement.step()),
                acknowledgement.code()), null));
      }
    }
    return result;
  }

  /** Remembers the tables the revisions create, under the names later steps use. */
  private static void track(Operation operation, Set<QualifiedName> created) {
    if (operation instanceof Operation.CreateTable create) {
      created.add(create.table().name());
    } else if (operation instanceof Operation.RenameTable rename && created.contains(rename.from())) {
      created.add(QualifiedName.of(rename.from().schema(), rename.to()));
    }
  }

  private static String stepWords(LintedRevision revision, int step) {
    if (step < 0 || step >= revision.steps().size()) {
      return "no step";
    }
    Step at = revision.steps().get(step);
    return at instanceof Step.Known known ? words(known.operation()) : ((Step.Unread) at).words();
  }

  /** The step in the words of the migration's Javadoc. */
  static String words(Operation operation) {
    return MigrationWriter.describe(List.of(operation)).get(0);
  }

  private static String tableText(QualifiedName table) {
    return table == null ? "the tables it touches" : table.toString();
  }
}
