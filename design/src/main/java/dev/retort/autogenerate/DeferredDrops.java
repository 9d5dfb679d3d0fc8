package dev.retort.autogenerate;

import dev.retort.compare.RenameHints;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.Index;
import dev.retort.model.IndexColumn;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.snapshot.PendingDrop;
import dev.retort.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Expand, then contract: which schema a migration should reach when drops are deferred. With
 * {@link Policy#DEFER}, a table or column the entities no longer have stays in the schema (a NOT NULL column made
 * nullable, so that the new code can insert without it) and is recorded as a pending drop; with
 * {@link Policy#APPLY_PENDING}, the pending drops (those the entities still lack) are the whole migration. A
 * declared rename is never a drop.
 */
public final class DeferredDrops {

  /** What to do with the drops the entities ask for. */
  public enum Policy {
    /** Drop them in the migration that follows the change (the default). */
    DROP,
    /** Keep them as pending drops, for a later migration. */
    DEFER,
    /** Write the pending drops as a migration of their own; drops found now are deferred as with {@link #DEFER}. */
    APPLY_PENDING
  }

  /**
   * The schema the next migration leads to, and its pending drops: {@code deferred} are the drops this plan
   * keeps that the committed snapshot did not list yet, {@code applied} the pending drops it carries out.
   */
  public record Plan(SchemaModel target, List<PendingDrop> pending, List<PendingDrop> deferred, List<PendingDrop> applied) {

    public Plan {
      pending = List.copyOf(pending);
      deferred = List.copyOf(deferred);
      applied = List.copyOf(applied);
    }

    /** Whether the next migration is only the pending drops, written on request. */
    public boolean appliesPending() {
      return !applied.isEmpty();
    }
  }

  private DeferredDrops() {}

  /** The plan for going from {@code committed} to {@code entities} under {@code policy}. */
  public static Plan plan(Snapshot committed, SchemaModel entities, RenameHints hints, Policy policy) {
    List<PendingDrop> drops = drops(committed.model(), entities, hints);
    if (policy == Policy.DROP) {
      return new Plan(entities, List.of(), List.of(), List.of());
    }
    List<PendingDrop> stillPending = committed.pendingDrops().stream().filter(drops::contains).toList();
    if (policy == Policy.APPLY_PENDING && !stillPending.isEmpty()) {
      List<PendingDrop> rest = drops.stream().filter(drop -> !stillPending.contains(drop)).toList();
      return new Plan(without(committed.model(), stillPending), rest, List.of(), stillPending);
    }
    List<PendingDrop> deferred = drops.stream().filter(drop -> !committed.pendingDrops().contains(drop)).toList();
    return new Plan(restored(entities, committed.model(), drops), drops, deferred, List.of());
  }

  /** What the entities no longer have: whole tables, and columns of tables they keep. */
  static List<PendingDrop> drops(SchemaModel before, SchemaModel after, RenameHints hints) {
    Set<PendingDrop> drops = new TreeSet<>();
    for (Table table : before.tables()) {
      QualifiedName now = hints.tables().getOrDefault(table.name(), table.name());
      Optional<Table> kept = after.table(now);
      if (kept.isEmpty()) {
        drops.add(PendingDrop.ofTable(table.name()));
        continue;
      }
      Map<String, String> renamed = hints.columns().getOrDefault(now, Map.of());
      for (Column column : table.columns()) {
        String name = renamed.getOrDefault(column.name(), column.name());
        if (kept.get().columns().stream().noneMatch(c -> c.name().equals(name))) {
          drops.add(PendingDrop.ofColumn(now, column.name()));
        }
      }
    }
    return List.copyOf(drops);
  }

  /** {@code entities} with each dropped table or column of {@code before} back in place. */
  private static SchemaModel restored(SchemaModel entities, SchemaModel before, List<PendingDrop> drops) {
    List<Table> tables = new ArrayList<>();
    for (Table table : entities.tables()) {
      Table kept = table;
      Optional<Table> old = before.table(table.name());
      for (PendingDrop drop : drops) {
        if (!drop.isTable() && drop.table().equals(table.name()) && old.isPresent()) {
          kept = withColumnBack(kept, old.get(), drop.column());
        }
      }
      tables.add(kept);
    }
    for (PendingDrop drop : drops) {
      if (drop.isTable()) {
        before.table(drop.table()).ifPresent(tables::add);
      }
    }
    return new SchemaModel(entities.schemas(), tables, entities.sequences(), entities.enumTypes());
  }

  /** {@code table} with {@code column} of {@code old} added back, nullable unless it fills itself, with its indexes and keys. */
  private static Table withColumnBack(Table table, Table old, String column) {
    Column back = old.columns().stream().filter(c -> c.name().equals(column)).findFirst().orElseThrow();
    if (!back.nullable() && back.identity() == Identity.NONE && back.defaultValue() == null) {
      // The new code inserts without it; NOT NULL would make its inserts fail.
      back = back.nullable(true);
    }
    Table result = table.withColumn(back);
    Set<String> columns = new TreeSet<>();
    result.columns().forEach(c -> columns.add(c.name()));
    result = result.withIndexes(merged(result.indexes(), old.indexes(), Index::name,
        index -> index.columns().stream().map(IndexColumn::column).toList(), column, columns));
    result = result.withUniqueConstraints(merged(result.uniqueConstraints(), old.uniqueConstraints(),
        UniqueConstraint::name, UniqueConstraint::columns, column, columns));
    return result.withForeignKeys(merged(result.foreignKeys(), old.foreignKeys(), ForeignKey::name,
        ForeignKey::columns, column, columns));
  }

  /** {@code current} plus the elements of {@code old} on {@code column} whose columns all exist and whose name is free. */
  private static <T> List<T> merged(List<T> current, List<T> old, Function<T, String> name,
      Function<T, List<String>> columnsOf, String column, Collection<String> columns) {
    List<T> result = new ArrayList<>(current);
    for (T element : old) {
      List<String> on = columnsOf.apply(element);
      if (on.contains(column) && columns.containsAll(on)
          && result.stream().noneMatch(existing -> name.apply(existing).equals(name.apply(element)))) {
        result.add(element);
      }
    }
    return result;
  }

  /** {@code model} without the tables and columns {@code drops} name, nor the indexes and keys on them. */
  private static SchemaModel without(SchemaModel model, List<PendingDrop> drops) {
    List<Table> tables = new ArrayList<>();
    for (Table table : model.tables()) {
      if (drops.contains(PendingDrop.ofTable(table.name()))) {
        continue;
      }
      Set<String> gone = new TreeSet<>();
      drops.stream().filter(d -> !d.isTable() && d.table().equals(table.name())).forEach(d -> gone.add(d.column()));
      if (gone.isEmpty()) {
        tables.add(table);
        continue;
      }
      Table kept = new Table(table.name(), table.columns().stream().filter(c -> !gone.contains(c.name())).toList(),
          table.primaryKey(),
          table.uniqueConstraints().stream().filter(u -> u.columns().stream().noneMatch(gone::contains)).toList(),
          table.indexes().stream().filter(i -> i.columns().stream().noneMatch(c -> gone.contains(c.column()))).toList(),
          table.foreignKeys().stream().filter(f -> f.columns().stream().noneMatch(gone::contains)).toList(),
          table.checks(), table.comment());
      tables.add(kept);
    }
    return new SchemaModel(model.schemas(), tables, model.sequences(), model.enumTypes());
  }
}
