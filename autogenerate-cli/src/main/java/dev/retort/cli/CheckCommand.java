package dev.retort.cli;

import dev.retort.autogenerate.DeferredDrops;
import dev.retort.compare.SchemaDiff;
import dev.retort.message.CatalogEntry;
import dev.retort.design.DesignMessage;
import dev.retort.design.Engine;
import dev.retort.design.KnownRevision;
import dev.retort.lint.LintFinding;
import dev.retort.live.LiveSchema;
import dev.retort.message.Message;
import dev.retort.migration.Migration;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.ops.Operation;
import dev.retort.render.java.MigrationWriter;
import dev.retort.runtime.ConnectionSettings;
import dev.retort.runtime.FutureRevisionPolicy;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionInfo;
import dev.retort.runtime.tooling.Checksums;
import dev.retort.runtime.tooling.Redaction;
import dev.retort.runtime.tooling.RevisionGraph;
import dev.retort.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * {@code retort check}: compares the entities, the snapshot, the migrations and the live database,
 * prints every difference, and exits 1 when there is any: the CI gate.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Compare the entities, the snapshot, the migrations and the database (when one is configured);"
        + " print every difference and exit 1 if there is any.")
final class CheckCommand extends ProjectCommand {

  /** The revisions the checked database has applied (or stamped). */
  private final Set<String> applied = new HashSet<>();

  @Override
  int execute() {
    List<Finding> findings = new ArrayList<>();
    SchemaModel model = project().model();
    Snapshot snapshot = project().snapshot();
    String snapshotFile = project().snapshotFile().toString();

    // Drops the snapshot keeps pending (-Aretort.deferDrops=true) are no difference: the database keeps them too.
    List<Operation> pending = SchemaDiff.between(snapshot.model(), DeferredDrops.plan(snapshot, model, project().renames(),
        project().deferDrops() ? DeferredDrops.Policy.DEFER : DeferredDrops.Policy.DROP).target());
    if (!pending.isEmpty()) {
      findings.add(new Finding(CliMessage.CHECK_MODEL_AHEAD, snapshotFile, sentence(pending)));
    }
    List<Migration> migrations = project().migrations();
    RevisionGraph graph = RevisionGraph.of(migrations, false);
    List<String> heads = graph.heads();
    // The engine's rule, as the processor and autogenerate apply it: several heads are RTR-1013, which also says how
    // to join the snapshot's head lines. Upgrading names the same condition RTR-204: the runtime has no snapshot.
    Engine.Head head = Engine.head(migrations.stream().map(KnownRevision::of).toList(), snapshot, project().snapshotFile());
    if (head instanceof Engine.Head.Refused refused) {
      findings.add(new Finding(refused.finding().message(), refused.finding().arguments().toArray()));
    }
    Replay replay = Replay.of(graph, java.util.Set.copyOf(graph.order()));
    List<String> notes = new ArrayList<>();
    if (!replay.complete()) {
      notes.add(CliMessage.CHECK_REPLAY_STOPPED.format(replay.stoppedAt(), replay.reason()));
    } else if (heads.size() <= 1) {
      List<Operation> replayDifference = SchemaDiff.between(snapshot.model(), replay.model());
      if (!replayDifference.isEmpty()) {
        findings.add(new Finding(CliMessage.CHECK_MIGRATIONS_DIFFER_FROM_SNAPSHOT, snapshotFile, sentence(replayDifference)));
      }
    }

    Optional<ConnectionSettings> database = connectionOptions.optional();
    boolean databaseChecked = database.isPresent() && heads.size() <= 1
        && checkDatabase(database.get(), snapshot, findings, notes);
    LintCheck.Result lint = null;
    if (heads.size() <= 1) {
      lint = databaseChecked ? LintCheck.pending(graph, applied) : LintCheck.tip(graph, snapshot.headRevision());
      lint.open().forEach(finding -> findings.add(new Finding(finding.message(), finding.arguments().toArray())));
    }
    notes.forEach(console()::note);
    return report(findings, migrations.size(), database, databaseChecked, lint);
  }


  /** Compares the database's history and schema with the build; false when it is a newer build's, so was not compared. */
  private boolean checkDatabase(ConnectionSettings settings, Snapshot snapshot, List<Finding> findings, List<String> notes) {
    String where = Redaction.ofUrl(settings.jdbcUrl());
    Retort retort = connected(false, dev.retort.runtime.MigrationListener.NONE);
    List<String> pendingIds = new ArrayList<>();
    boolean troubled = false;
    List<String> notInBuild = new ArrayList<>();
    for (RevisionInfo info : retort.info()) {
      switch (info.state()) {
        case PENDING -> pendingIds.add(info.id());
        case APPLIED, STAMPED -> applied.add(info.id());
        // The runtime's own messages, which name the fix, as an upgrade would report them.
        case CHECKSUM_MISMATCH -> {
          troubled = true;
          findings.add(new Finding(Message.CHECKSUM_MISMATCH, info.id(), info.applied().checksum(),
              Checksums.of(retort.migration(info.id())), info.id()));
        }
        case FAILED -> {
          troubled = true;
          findings.add(new Finding(Message.FAILED_REVISION_IN_HISTORY, info.id(), info.id(),
              QualifiedName.of(projectOptions.historySchema, projectOptions.historyTable)));
        }
        case UNKNOWN -> {
          troubled = true;
          notInBuild.add(info.id());
        }
      }
    }
    if (!notInBuild.isEmpty() && futureRevisions() == FutureRevisionPolicy.FAIL) {
      notInBuild.forEach(id -> findings.add(new Finding(Message.UNKNOWN_APPLIED_REVISION, id, id)));
    } else if (!notInBuild.isEmpty()) {
      // The schema is the newer build's, so comparing it with this build's snapshot would only list its changes.
      notes.add(Message.FUTURE_REVISIONS_IGNORED.format(where, notInBuild.size(), String.join(", ", notInBuild)));
    }
    if (!pendingIds.isEmpty()) {
      findings.add(new Finding(CliMessage.CHECK_PENDING, where, pendingIds.size(), String.join(", ", pendingIds)));
    } else if (!troubled) {
      List<Operation> drift = Databases.query(settings, connectionOptions.retries(spec.commandLine()), "comparing the schema", c -> LiveSchema.drift(c, snapshot.model()));
      MigrationWriter.describe(drift).forEach(line -> findings.add(new Finding(DesignMessage.DRIFT_FOUND, where, line)));
    }
    return notInBuild.isEmpty();
  }

  private int report(List<Finding> findings, int migrationCount, Optional<ConnectionSettings> database, boolean checked,
      LintCheck.Result lint) {
    if (console().json()) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (Finding finding : findings) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("code", finding.message().code());
        entry.put("message", finding.text());
        list.add(entry);
      }
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("ok", findings.isEmpty());
      json.put("databaseChecked", checked);
      json.put("differences", list);
      if (lint != null) {
        json.put("lint", lintJson(lint, checked));
      }
      console().print(json);
    } else {
      for (Finding finding : findings) {
        console().line(console().red("✗ ") + finding.text());
      }
      if (lint != null && !lint.findings().isEmpty()) {
        console().note(lintSummary(lint, checked, database));
      }
      if (findings.isEmpty()) {
        console().line(console().green("✓ ") + "The entities, the snapshot and " + migrationCount + " migrations agree"
            + (checked ? ", and the database at " + Redaction.ofUrl(database.get().jdbcUrl()) + " is at the head with"
                + " no drift." : "."));
      }
      if (database.isEmpty()) {
        console().note(CliMessage.CHECK_NO_DATABASE.format());
      }
    }
    return findings.isEmpty() ? 0 : 1;
  }

  /** The lint's part of the JSON: which revisions it checked and why, and the findings acknowledged in them. */
  private static Map<String, Object> lintJson(LintCheck.Result lint, boolean pending) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scope", pending ? "pending" : "tip");
    json.put("checked", lint.checked());
    List<Map<String, Object>> acknowledged = new ArrayList<>();
    for (LintFinding finding : lint.findings()) {
      if (finding.acknowledged()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("code", finding.message().code());
        entry.put("revision", finding.revision());
        entry.put("step", finding.step());
        entry.put("reason", finding.acknowledgedBecause());
        acknowledged.add(entry);
      }
    }
    json.put("acknowledged", acknowledged);
    return json;
  }

  private static String lintSummary(LintCheck.Result lint, boolean pending, Optional<ConnectionSettings> database) {
    int open = lint.open().size();
    int acknowledged = lint.findings().size() - open;
    String scope = lint.checked().size() + (lint.checked().size() == 1 ? " revision" : " revisions")
        + (pending ? " that the database at " + Redaction.ofUrl(database.orElseThrow().jdbcUrl()) + " has not applied"
            : " at the tip of the history (the snapshot's head and after)");
    return DesignMessage.LINT_FINDINGS_SUMMARY.format(scope, open + (open == 1 ? " finding" : " findings"),
        acknowledged + " acknowledged with a reason");
  }

  private static String orNone(String revision) {
    return revision == null ? "none" : revision;
  }

  private static String sentence(List<Operation> operations) {
    return String.join("; ", MigrationWriter.describe(operations));
  }

  /** One difference, with its catalog entry. */
  private record Finding(CatalogEntry message, Object... arguments) {
    String text() {
      return message.format(arguments);
    }
  }
}
