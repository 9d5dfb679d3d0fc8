package dev.retort.autogenerate;

import dev.retort.compare.RenameHints;
import dev.retort.compare.SchemaDiff;
import dev.retort.migration.Revision;
import dev.retort.model.SchemaModel;
import dev.retort.ops.Inverses;
import dev.retort.ops.Operation;
import dev.retort.render.java.MigrationNames;
import dev.retort.render.java.MigrationSource;
import dev.retort.render.java.MigrationWriter;
import dev.retort.snapshot.Snapshot;
import dev.retort.snapshot.SnapshotFormat;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The autogenerate engine shared by the processor and the CLI: compares the entities' model with
 * the committed snapshot and, when they differ, produces the next migration's source and the
 * snapshot to commit with it. Pure: it reads and writes no file.
 */
public final class Autogenerate {

  private Autogenerate() {}

  /** What one comparison asks for. {@code message} may be null: the changes then name the migration. */
  public record Request(
      SchemaModel current, Snapshot committed, RenameHints hints, String packageName, LocalDateTime now, String message) {

    public Request {
      Objects.requireNonNull(current, "current");
      Objects.requireNonNull(committed, "committed");
      Objects.requireNonNull(hints, "hints");
      Objects.requireNonNull(packageName, "packageName");
      Objects.requireNonNull(now, "now");
    }
  }

  /** What the comparison found. */
  public sealed interface Outcome permits UpToDate, NewMigration {}

  /** The entities match the snapshot: no migration, ever, for a build with no change. */
  public record UpToDate() implements Outcome {}

  /**
   * The next migration: its source (to write into the source tree), the snapshot that goes with
   * it, and the risky steps a reviewer must look at.
   */
  public record NewMigration(MigrationSource source, String javaSource, String snapshotText, Snapshot snapshot,
      List<Risk> risks) implements Outcome {

    public NewMigration {
      risks = List.copyOf(risks);
    }
  }

  /** Compares and, when something changed, writes the next migration. */
  public static Outcome run(Request request) {
    SchemaModel before = request.committed().model();
    if (before.equals(request.current())) {
      // What the diff would say, without comparing a big model table by table.
      return new UpToDate();
    }
    List<Operation> diff = SchemaDiff.between(before, request.current(), request.hints());
    if (diff.isEmpty()) {
      return new UpToDate();
    }
    List<Operation> upgrade = SafeSteps.rewrite(diff, before);
    List<Operation> downgrade = Inverses.of(upgrade);

    String message = request.message() == null || request.message().isBlank()
        ? MigrationNames.summarize(upgrade) : request.message().strip();
    MigrationNames.Name name = MigrationNames.of(request.now(), message);
    String parent = request.committed().headRevision();
    Revision revision = parent == null ? Revision.base(name.revisionId(), message) : Revision.of(name.revisionId(), parent, message);

    MigrationSource source = new MigrationSource(request.packageName(), name.className(), revision, message, upgrade, downgrade);
    Snapshot snapshot = new Snapshot(revision.id(), request.current());
    return new NewMigration(source, MigrationWriter.render(source), SnapshotFormat.write(snapshot), snapshot,
        risks(upgrade));
  }

  private static List<Risk> risks(List<Operation> upgrade) {
    List<Risk> risks = new ArrayList<>();
    for (int i = 0; i < upgrade.size(); i++) {
      Operation operation = upgrade.get(i);
      if (operation.losesData()) {
        risks.add(new Risk(Risk.Kind.DESTROYS_DATA, operation, describe(operation)));
      }
      if (i + 1 < upgrade.size() && MigrationWriter.isBackfillPoint(operation, upgrade.get(i + 1))
          && operation instanceof Operation.AddColumn add) {
        risks.add(new Risk(Risk.Kind.NEEDS_BACKFILL, operation,
            add.table() + "." + add.column().name() + " is NOT NULL without a default; the migration adds it nullable,"
                + " leaves a BACKFILL step for existing rows, then sets NOT NULL"));
      }
    }
    return risks;
  }

  private static String describe(Operation operation) {
    if (operation instanceof Operation.DropTable drop) {
      return "drops table " + drop.table().name() + " and its rows";
    }
    if (operation instanceof Operation.DropColumn drop) {
      return "drops column " + drop.table() + "." + drop.column().name() + " and its values";
    }
    if (operation instanceof Operation.AlterColumnType change) {
      return "narrows " + change.table() + "." + change.column() + ", which can lose or reject values";
    }
    if (operation instanceof Operation.DropEnumValue drop) {
      return "removes value " + drop.value() + " from enum type " + drop.type().name();
    }
    if (operation instanceof Operation.DropSequence drop) {
      return "drops sequence " + drop.sequence().name() + " and its current value";
    }
    return operation.getClass().getSimpleName();
  }
}
