package dev.retort.cli;

import dev.retort.autogenerate.Autogenerate;
import dev.retort.autogenerate.Risk;
import dev.retort.live.LiveSchema;
import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.model.SchemaModel;
import dev.retort.render.java.MigrationWriter;
import dev.retort.runtime.ConnectionSettings;
import dev.retort.runtime.internal.RevisionGraph;
import dev.retort.snapshot.Snapshot;
import dev.retort.snapshot.SnapshotFormat;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code retort autogenerate -m MSG}: the processor's engine on demand, comparing the model of the
 * last compile with the committed snapshot (or, with {@code --against-db}, with the live database)
 * and writing the next migration and snapshot into the source tree.
 */
@Command(name = "autogenerate", mixinStandardHelpOptions = true,
    description = "Write the next migration from the difference between the entities (as last compiled) and the"
        + " committed snapshot, or the live database with --against-db.")
class AutogenerateCommand extends ProjectCommand {

  @Option(names = {"-m", "--message"}, paramLabel = "MSG",
      description = "What the migration does; it names the class. Default: a summary of the changes.")
  String message;

  @Option(names = "--against-db",
      description = "Compare the entities with the live database instead of the snapshot: adopts a database that"
          + " was changed by hand.")
  boolean againstDb;

  @Option(names = "--timestamp", paramLabel = "YYYY-MM-DDTHH:MM",
      description = "The creation time that names the migration (UTC). Default: now.")
  LocalDateTime timestamp;

  @Override
  int execute() throws SQLException {
    return autogenerate();
  }

  int autogenerate() throws SQLException {
    SchemaModel model = project().model();
    Snapshot committed = project().snapshot();
    String head = singleHead(committed);
    SchemaModel[] liveAndCanonical = againstDb ? live(model) : null;
    // The next migration follows the code's head, which may be a hand-written revision after the snapshot's.
    Snapshot base = new Snapshot(head, againstDb ? liveAndCanonical[0] : committed.model());
    SchemaModel target = againstDb ? liveAndCanonical[1] : model;
    Autogenerate.Outcome outcome = Autogenerate.run(
        new Autogenerate.Request(target, base, project().renames(), project().migrationPackage(), now(), message,
            java.util.Set.of(), project().onlinePlans()));
    if (!(outcome instanceof Autogenerate.NewMigration)) {
      String against = againstDb ? "the database" : "the snapshot " + project().snapshotFile();
      if (console().json()) {
        console().print(Map.of("generated", false, "head", head == null ? "base" : head));
      } else {
        console().line("No changes: the entities match " + against + (head == null ? "." : " at " + head + "."));
      }
      return 0;
    }
    Autogenerate.NewMigration migration = (Autogenerate.NewMigration) outcome;
    // The snapshot records the model as the entities say it, in Retort's words, even when the
    // comparison was made in the server's words.
    String snapshotText = againstDb
        ? SnapshotFormat.write(new Snapshot(migration.source().revision().id(), model))
        : migration.snapshotText();
    // A change too big for one transaction (a big model's first migration), or with online steps, comes in parts;
    // the snapshot goes with the last.
    List<String> steps = new ArrayList<>();
    for (Autogenerate.NewMigration.Part part : migration.parts()) {
      if (part != migration.parts().get(migration.parts().size() - 1)) {
        Path earlier = MigrationFiles.writeSource(project(), part.source().className(), part.javaSource());
        if (!console().json()) {
          console().line("Generated " + console().bold(relative(earlier)) + " (revision " + part.source().revision().id()
              + (part.source().revision().transactional() ? ")" : ", outside a transaction)"));
        }
      }
      steps.addAll(MigrationWriter.describe(part.source().upgrade()));
    }
    Path file = MigrationFiles.write(project(), migration.source().className(), migration.javaSource(), snapshotText);
    report(file, migration.source().revision().id(), steps, migration.risks());
    return 0;
  }

  /** The head the new migration follows; several heads must be merged first. */
  String singleHead(Snapshot committed) {
    List<Migration> migrations = MigrationSources.load(project());
    RevisionGraph graph = RevisionGraph.of(migrations, false);
    List<String> heads = graph.heads();
    if (heads.size() > 1) {
      throw new RetortException(Message.MULTIPLE_HEADS, heads.size(), String.join(", ", heads));
    }
    String head = heads.isEmpty() ? null : heads.get(0);
    // The same rule as the processor's: hand-written revisions may follow the snapshot's head.
    if (!committed.belongsTo(head, head == null ? Set.of() : graph.ancestorsOrSelf(head))) {
      String shown = head == null ? "none" : head;
      throw new RetortException(Message.SNAPSHOT_HEAD_NOT_IN_HISTORY, project().snapshotFile(),
          committed.headRevision() == null ? "none" : committed.headRevision(), shown, shown);
    }
    return head;
  }

  LocalDateTime now() {
    return timestamp != null ? timestamp : LocalDateTime.now(ZoneOffset.UTC);
  }

  void report(Path file, String revision, List<String> steps, List<Risk> risks) {
    if (console().json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("generated", true);
      json.put("revision", revision);
      json.put("file", file.toString());
      json.put("snapshot", project().snapshotFile().toString());
      json.put("upgrade", steps);
      json.put("risks", risks.stream().map(Risk::description).toList());
      console().print(json);
      return;
    }
    console().line("Generated " + console().bold(relative(file)) + " (revision " + revision + ")");
    steps.forEach(step -> console().line("  - " + step));
    for (Risk risk : risks) {
      console().warn("  ! " + risk.description());
    }
    console().line("Review it, then commit it with " + relative(project().snapshotFile()) + ".");
  }

  static String relative(Path file) {
    Path here = workingDirectory();
    return file.toAbsolutePath().startsWith(here) ? here.relativize(file.toAbsolutePath()).toString() : file.toString();
  }

  /** The database's schema and the model as the server writes it, in that order. */
  private SchemaModel[] live(SchemaModel model) throws SQLException {
    ConnectionSettings settings = connectionOptions.required(spec.name());
    return Databases.query(settings, "reading the schema",
        connection -> {
          SchemaModel live = LiveSchema.read(connection, model);
          // Given the live schema, only expressions whose text differs from it are probed.
          return new SchemaModel[] {live, LiveSchema.canonical(connection, model, live)};
        });
  }
}
