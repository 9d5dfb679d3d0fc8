package dev.retort.processor;

import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import dev.retort.design.DesignMessage;
import dev.retort.lint.Lint;
import dev.retort.lint.LintFinding;
import dev.retort.lint.LintScope;
import dev.retort.lint.LintedRevision;
import dev.retort.lint.Step;
import dev.retort.render.java.MigrationSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.Diagnostic;

/**
 * The processor's side of the lint ({@link Lint} decides): reads the migrations at the tip of the history
 * ({@link LintScope#tip}) from their sources, adds the migrations this compile writes, and reports each
 * finding no acknowledgement covers as a warning on the line of its step (a migration written by this
 * compile is not compiled yet, so its findings name it instead).
 */
final class MigrationLint {

  private final ProcessingEnvironment env;
  private final Reporter reporter;

  MigrationLint(ProcessingEnvironment env, Reporter reporter) {
    this.env = env;
    this.reporter = reporter;
  }

  /**
   * Lints the revisions of {@code declared} at or after {@code snapshotHead} (after it, when this compile writes
   * {@code generated}, which follow it), then {@code generated} (parents first; may be empty).
   */
  void run(Collection<RevisionScanner.DeclaredRevision> declared, String snapshotHead, List<MigrationSource> generated) {
    Trees trees;
    try {
      trees = Trees.instance(env);
    } catch (IllegalArgumentException e) {
      // Not javac: there is no source tree to read the steps from; the CLI's check runs the code instead.
      trees = null;
    }
    Map<String, List<String>> parents = new LinkedHashMap<>();
    Map<String, RevisionScanner.DeclaredRevision> byId = new HashMap<>();
    declared.forEach(revision -> {
      parents.put(revision.id(), revision.parents());
      byId.put(revision.id(), revision);
    });
    // Each group runs in one upgrade, so a table one of its revisions creates is new to the steps after it. A tip
    // revision may be applied already, so it is a group of its own; the migrations written now run together.
    List<List<LintedRevision>> groups = new ArrayList<>();
    Map<String, SourceSteps.Read> sources = new HashMap<>();
    if (trees != null) {
      for (String id : LintScope.tip(parents, snapshotHead)) {
        if (id.equals(snapshotHead) && !generated.isEmpty()) {
          // The migration written now follows the head, which makes it history.
          continue;
        }
        Optional<SourceSteps.Read> read = SourceSteps.read(trees, byId.get(id).type(), id);
        read.ifPresent(source -> {
          sources.put(id, source);
          groups.add(List.of(source.revision()));
        });
      }
    }
    groups.add(generated.stream().map(migration -> new LintedRevision(migration.revision().id(),
        migration.upgrade().stream().<Step>map(Step.Known::new).toList(), List.of())).toList());
    List<LintFinding> findings = new ArrayList<>();
    groups.forEach(group -> findings.addAll(Lint.check(group)));
    for (LintFinding finding : Lint.unacknowledged(findings)) {
      SourceSteps.Read source = sources.get(finding.revision());
      // A wrong acknowledgement is an error: the reason is what makes the step reviewable.
      boolean refused = finding.message() == DesignMessage.LINT_ACKNOWLEDGEMENT_INVALID;
      if (source != null && finding.step() >= 0 && finding.step() < source.calls().size()) {
        print(trees, source, source.calls().get(finding.step()), refused ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING,
            finding.text());
      } else if (refused) {
        reporter.error(null, finding.message(), finding.arguments().toArray());
      } else {
        reporter.warning(null, finding.message(), finding.arguments().toArray());
      }
    }
  }

  private void print(Trees trees, SourceSteps.Read source, Tree at, Diagnostic.Kind kind, String text) {
    if (kind == Diagnostic.Kind.ERROR) {
      reporter.countError();
    }
    trees.printMessage(kind, text, at, source.unit());
  }
}
