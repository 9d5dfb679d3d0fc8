package dev.retort.cli;

import dev.retort.autogenerate.Autogenerate;
import dev.retort.autogenerate.DeferredDrops;
import dev.retort.autogenerate.Risk;
import dev.retort.design.Engine;
import dev.retort.design.KnownRevision;
import dev.retort.live.LiveSchema;
import dev.retort.design.DesignMessage;
import dev.retort.migration.Migration;
import dev.retort.model.SchemaModel;
import dev.retort.render.java.MigrationSource;
import dev.retort.render.java.MigrationWriter;
import dev.retort.runtime.ConnectionSettings;
import dev.retort.runtime.tooling.RevisionGraph;
import dev.retort.snapshot.Snapshot;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

  @Option(names = "--apply-pending-drops",
      description = "Write the drops the snapshot keeps pending (-Aretort.deferDrops=true) as a migration of their"
          + " own, once no running release reads what they drop.")
  boolean applyPendingDrops;

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
    List<Migration> history = MigrationSources.load(project());
    String head = singleHead(committed, history);
    SchemaModel[] liveAndCanonical = againstDb ? live(model) : null;
    // The next migration follows the code's head, which may be a hand-written revision after the snapshot's.
    Snapshot base = new Snapshot(head, againstDb ? liveAndCanonical[0] : committed.model(), committed.pendingDrops());
    SchemaModel target = againstDb ? liveAndCanonical[1] : model;
    Set<String> existing = history.stream().map(m -> m.revision().id()).collect(Collectors.toSet());
    // The snapshot records the model as the entities say it, in Retort's words, even when the
    // comparison was made in the server's words.
    Engine.Generation generation = Engine.autogenerate(
        new Autogenerate.Request(target, base, project().renames(), project().migrationPackage(), now(), message, existing,
            project().onlinePlans(), dropPolicy()),
        layout(), againstDb ? model : null);
    generation.findings().stream().filter(f -> PENDING_DROP_MESSAGES.contains(f.message()))
        .forEach(finding -> console().note(finding.text()));
    if (generation.upToDate()) {
      // Only the snapshot's pending drops may have changed.
      MigrationFiles.write(generation);
      String against = againstDb ? "the database" : "the snapshot " + project().snapshotFile();
      if (console().json()) {
        console().print(Map.of("generated", false, "head", head == null ? "base" : head));
      } else {
        console().line("No changes: the entities match " + against + (head == null ? "." : " at " + head + "."));
      }
      return 0;
    }
    MigrationFiles.write(generation);
    // A change too big for one transaction (a big model's first migration), or with online steps, comes in parts;
    // the report names the last, so the earlier ones are named here.
    List<String> steps = new ArrayList<>();
    List<MigrationSource> parts = generation.migrations();
    for (int i = 0; i < parts.size(); i++) {
      MigrationSource part = parts.get(i);
      if (i < parts.size() - 1 && !console().json()) {
        console().line("Generated " + console().bold(relative(layout().source(part.className()))) + " (revision "
            + part.revision().id() + (part.revision().transactional() ? ")" : ", outside a transaction)"));
      }
      steps.addAll(MigrationWriter.describe(part.upgrade()));
    }
    report(generation.headFile(), generation.head().revision().id(), steps, generation.risks());
    return 0;
  }

  private static final Set<DesignMessage> PENDING_DROP_MESSAGES =
      Set.of(DesignMessage.DROPS_DEFERRED, DesignMessage.PENDING_DROPS_WRITTEN, DesignMessage.NO_PENDING_DROPS);

  /** What the migration does with drops: as the processor was told, or the pending ones now when asked. */
  private DeferredDrops.Policy dropPolicy() {
    return applyPendingDrops ? DeferredDrops.Policy.APPLY_PENDING
        : project().deferDrops() ? DeferredDrops.Policy.DEFER : DeferredDrops.Policy.DROP;
  }

  /** Where the project's migrations and snapshot live, as the engine lays out its files. */
  Engine.Layout layout() {
    return new Engine.Layout(project().migrationsDirectory(), project().migrationPackage(), project().snapshotFile());
  }

  /** The head the new migration follows; several heads must be merged first (the engine's rule, the processor's too). */
  String singleHead(Snapshot committed, List<Migration> history) {
    // Validates the history (one base, no unknown parent, no cycle) before the engine looks for its head.
    RevisionGraph.of(history, false);
    Engine.Head head = Engine.head(history.stream().map(KnownRevision::of).toList(), committed, project().snapshotFile());
    if (head instanceof Engine.Head.Refused refused) {
      throw refused.finding().asException();
    }
    return ((Engine.Head.At) head).snapshot().headRevision();
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
