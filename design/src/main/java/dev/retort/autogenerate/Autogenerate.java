package dev.retort.autogenerate;

import dev.retort.compare.RenameHints;
import dev.retort.compare.SchemaDiff;
import dev.retort.migration.Revision;
import dev.retort.model.Identity;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.ops.Inverses;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationFacts;
import dev.retort.ops.RowChecks;
import dev.retort.ops.TypeRewrites;
import dev.retort.render.java.Backfill;
import dev.retort.render.java.MigrationNames;
import dev.retort.render.java.MigrationSource;
import dev.retort.render.java.MigrationWriter;
import dev.retort.snapshot.Snapshot;
import dev.retort.snapshot.SnapshotFormat;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The autogenerate engine shared by the processor and the CLI: compares the entities' model with
 * the committed snapshot and, when they differ, produces the next migration's source and the
 * snapshot to commit with it. Pure: it reads and writes no file.
 */
public final class Autogenerate {

  private Autogenerate() {}

  /**
   * What one comparison asks for. {@code message} may be null: the changes then name the migration.
   * {@code existingRevisions} are the ids the history already has, which a new migration's id must
   * not repeat (the snapshot's head is always one of them). {@code onlinePlans} chooses the online
   * forms for changes to tables that exist (see {@link OnlinePlan}); false writes plain DDL.
   */
  public record Request(
      SchemaModel current, Snapshot committed, RenameHints hints, String packageName, LocalDateTime now, String message,
      Set<String> existingRevisions, boolean onlinePlans, DeferredDrops.Policy drops) {

    public Request {
      Objects.requireNonNull(current, "current");
      Objects.requireNonNull(committed, "committed");
      Objects.requireNonNull(hints, "hints");
      Objects.requireNonNull(packageName, "packageName");
      Objects.requireNonNull(now, "now");
      Objects.requireNonNull(drops, "drops");
      existingRevisions = Set.copyOf(existingRevisions);
    }

    /** A request that drops what the entities no longer have in the migration that follows. */
    public Request(SchemaModel current, Snapshot committed, RenameHints hints, String packageName, LocalDateTime now,
        String message, Set<String> existingRevisions, boolean onlinePlans) {
      this(current, committed, hints, packageName, now, message, existingRevisions, onlinePlans, DeferredDrops.Policy.DROP);
    }

    /** A request with online plans. */
    public Request(SchemaModel current, Snapshot committed, RenameHints hints, String packageName, LocalDateTime now,
        String message, Set<String> existingRevisions) {
      this(current, committed, hints, packageName, now, message, existingRevisions, true);
    }

    /** A request that knows of no revision but the snapshot's head. */
    public Request(SchemaModel current, Snapshot committed, RenameHints hints, String packageName, LocalDateTime now,
        String message) {
      this(current, committed, hints, packageName, now, message, Set.of(), true);
    }
  }

  /** What the comparison found. */
  public sealed interface Outcome permits UpToDate, NewMigration {}

  /**
   * The entities match the snapshot: no migration, ever, for a build with no change. {@code snapshot} is the
   * committed one, or, when only its pending drops change (a drop deferred that needs no step), the one to write.
   */
  public record UpToDate(Snapshot snapshot) implements Outcome {}

  /**
   * The next migration: its source (to write into the source tree), the snapshot that goes with
   * it, and the risky steps a reviewer must look at. A change too big for one transaction on a
   * default PostgreSQL (the first migration of a big model), or with steps in their online forms
   * (which run outside a transaction, in parts of their own), comes as several {@code parts}, each
   * following the one before it; the snapshot's head is the last.
   */
  public record NewMigration(List<Part> parts, String snapshotText, Snapshot snapshot, List<Risk> risks)
      implements Outcome {

    /** One migration class of the change: what it says, and its Java source. */
    public record Part(MigrationSource source, String javaSource) {}

    public NewMigration {
      parts = List.copyOf(parts);
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("a new migration has at least one part");
      }
      risks = List.copyOf(risks);
    }

    /** A change in one migration class. */
    public NewMigration(MigrationSource source, String javaSource, String snapshotText, Snapshot snapshot, List<Risk> risks) {
      this(List.of(new Part(source, javaSource)), snapshotText, snapshot, risks);
    }

    /** The migration at the new head: the only one, or the last part of a change split in several. */
    public MigrationSource source() {
      return parts.get(parts.size() - 1).source();
    }

    /** The Java source of {@link #source()}. */
    public String javaSource() {
      return parts.get(parts.size() - 1).javaSource();
    }
  }

  /** Compares and, when something changed, writes the next migration. */
  public static Outcome run(Request request) {
    SchemaModel before = request.committed().model();
    if (before.equals(request.current()) && request.committed().pendingDrops().isEmpty()) {
      // What the diff would say, without comparing a big model table by table.
      return new UpToDate(request.committed());
    }
    DeferredDrops.Plan plan = DeferredDrops.plan(request.committed(), request.current(), request.hints(), request.drops());
    SchemaModel target = plan.target();
    Snapshot unchanged = new Snapshot(request.committed().headRevision(), before, plan.pending());
    if (before.equals(target)) {
      return new UpToDate(unchanged);
    }
    List<Operation> diff = SchemaDiff.between(before, target, plan.appliesPending() ? RenameHints.none() : request.hints());
    if (diff.isEmpty()) {
      return new UpToDate(unchanged);
    }
    SafeSteps.Steps safe = SafeSteps.rewrite(diff, before);
    List<Operation> upgrade = safe.operations();
    boolean given = request.message() != null && !request.message().isBlank();
    String parent = request.committed().headRevision();
    boolean initial = before.tables().isEmpty();
    List<OnlinePlan.Part> split = OnlinePlan.of(upgrade, before, request.onlinePlans());
    if (!OnlinePlan.anyOnline(split)) {
      split = TransactionSplit.of(upgrade).stream().map(part -> new OnlinePlan.Part(part, Inverses.of(part), false)).toList();
    }

    List<String> messages = new ArrayList<>();
    List<MigrationNames.Name> names = new ArrayList<>();
    for (int i = 0; i < split.size(); i++) {
      List<Operation> steps = split.get(i).upgrade();
      if (split.size() == 1) {
        String message = given ? request.message().strip() : MigrationNames.summarize(steps);
        messages.add(message);
        names.add(MigrationNames.of(request.now(), message));
      } else {
        // The parts share the change's name, numbered; a first migration is the initial schema.
        String change = given ? request.message().strip() : initial ? "initial schema" : MigrationNames.summarize(upgrade);
        messages.add(change + " (part " + (i + 1) + " of " + split.size() + ")");
        names.add(MigrationNames.ofPart(request.now(), change, i + 1, split.size()));
      }
    }
    names = unique(names, upgrade, request);

    List<NewMigration.Part> parts = new ArrayList<>();
    List<Operation> planned = new ArrayList<>();
    for (int i = 0; i < split.size(); i++) {
      OnlinePlan.Part part = split.get(i);
      List<Operation> steps = part.upgrade();
      planned.addAll(steps);
      MigrationNames.Name name = names.get(i);
      String message = messages.get(i);
      Revision revision = parent == null ? Revision.base(name.revisionId(), message) : Revision.of(name.revisionId(), parent, message);
      if (part.online()) {
        revision = revision.nonTransactional();
      }
      List<Backfill> backfills = safe.backfills().stream().filter(b -> steps.stream().anyMatch(b::precedes)).toList();
      MigrationSource source = new MigrationSource(request.packageName(), name.className(), revision, message, steps,
          namedDrops(part.downgrade()), backfills);
      parts.add(new NewMigration.Part(source, MigrationWriter.render(source)));
      parent = revision.id();
    }
    Snapshot snapshot = new Snapshot(parent, target, plan.pending());
    return new NewMigration(parts, SnapshotFormat.write(snapshot), snapshot, risks(planned, safe.backfills()));
  }

  /**
   * The downgrade of a generated upgrade: its inverse, with each table it drops named only, since
   * the definition is in the upgrade it undoes ({@code op.dropTable("vehicles")}).
   */
  public static List<Operation> downgradeOf(List<Operation> upgrade) {
    return namedDrops(Inverses.of(upgrade));
  }

  /** {@code downgrade} with each table it drops named only. */
  private static List<Operation> namedDrops(List<Operation> downgrade) {
    List<Operation> named = new ArrayList<>(downgrade.size());
    for (Operation operation : downgrade) {
      OperationFacts.Facts facts = OperationFacts.of(operation);
      named.add(facts.kind() == OperationFacts.Kind.DROP_TABLE ? new Operation.DropTable(Table.named(facts.table())) : operation);
    }
    return named;
  }

  /**
   * {@code names}, or, when one of them is an id the history already has (two changes named alike
   * in the same minute, or a change undone and redone), all of them with one suffix derived from
   * the parent and the steps: readable, and the same for the same inputs.
   */
  private static List<MigrationNames.Name> unique(List<MigrationNames.Name> names, List<Operation> upgrade, Request request) {
    Set<String> taken = new HashSet<>(request.existingRevisions());
    if (request.committed().headRevision() != null) {
      taken.add(request.committed().headRevision());
    }
    List<MigrationNames.Name> candidates = names;
    for (int attempt = 0; candidates.stream().anyMatch(name -> taken.contains(name.revisionId())); attempt++) {
      String suffix = suffix(request.committed().headRevision(), upgrade, attempt);
      candidates = names.stream().map(name -> name.disambiguated(suffix)).toList();
    }
    return candidates;
  }

  /** Six hex digits of the SHA-256 of the parent, the steps in words and the attempt. */
  private static String suffix(String parent, List<Operation> upgrade, int attempt) {
    StringBuilder content = new StringBuilder(String.valueOf(parent)).append('\n');
    MigrationWriter.describe(upgrade).forEach(line -> content.append(line).append('\n'));
    content.append(attempt);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 3);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static List<Risk> risks(List<Operation> upgrade, List<Backfill> backfills) {
    List<Risk> risks = new ArrayList<>();
    for (Operation operation : upgrade) {
      OperationFacts.Facts facts = OperationFacts.of(operation);
      if (operation.losesData()) {
        risks.add(new Risk(Risk.Kind.DESTROYS_DATA, operation, describe(operation)));
      }
      for (Backfill backfill : backfills) {
        if (backfill.precedes(operation)) {
          risks.add(new Risk(Risk.Kind.NEEDS_BACKFILL, operation, describe(backfill)));
        }
      }
      if (facts.kind() == OperationFacts.Kind.ALTER_COLUMN_IDENTITY) {
        Operation.AlterColumnIdentity change = (Operation.AlterColumnIdentity) operation;
        if (change.to() == Identity.NONE && change.sequence() == null) {
          risks.add(new Risk(Risk.Kind.IDENTITY_WITHOUT_SEQUENCE, operation, describe(change)));
        }
      }
      if (facts.rewritesTable()) {
        // Of the operations, only a type change rewrites its table (OperationFacts.Facts#rewritesTable).
        risks.add(new Risk(Risk.Kind.REWRITES_TABLE, operation, TypeRewrites.describe((Operation.AlterColumnType) operation)));
      }
      if (facts.rowCheck() != null) {
        // Keys and uniques of a new table are part of its CREATE TABLE; a step of its own is on a table that exists.
        risks.add(new Risk(Risk.Kind.CHECKS_EXISTING_ROWS, operation, RowChecks.describe(facts.table(), facts.rowCheck())));
      }
    }
    return risks;
  }

  private static String describe(Operation.AlterColumnIdentity dropped) {
    String column = dropped.table() + "." + dropped.column();
    return "drops the identity of " + column + " with no sequence to hand its values to (no @SequenceGenerator the"
        + " entities declare for it, or one counting downwards); if its new ids come from a sequence or a generator"
        + " table, move that past the ids " + dropped.table() + " holds in this migration, for example op.execute(\"SELECT"
        + " setval('<sequence>', (SELECT max(" + dropped.column() + ") FROM " + dropped.table() + "))\")";
  }

  private static String describe(Backfill backfill) {
    String column = backfill.table() + "." + backfill.column();
    switch (backfill.cause()) {
      case ADDED_COLUMN:
        return column + " is NOT NULL without a default; the migration adds it nullable, leaves a BACKFILL step for"
            + " existing rows, then sets NOT NULL";
      case TIGHTENED_COLUMN:
        return "makes " + column + " NOT NULL, which fails on rows where it is NULL; the migration leaves a BACKFILL"
            + " step for them before it sets NOT NULL";
      default:
        throw new IllegalArgumentException(backfill.cause().name());
    }
  }

  private static String describe(Operation operation) {
    // The risk says what is lost in the words of the migration's own DESTRUCTIVE comment.
    return MigrationWriter.destruction(operation);
  }
}
