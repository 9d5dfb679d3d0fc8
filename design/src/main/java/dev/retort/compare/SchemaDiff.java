package dev.retort.compare;

import dev.retort.model.ForeignKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.evolution.ModelEvolution;
import dev.retort.ops.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The diff: a pure function from two schema models and the declared renames to the operations
 * that turn the first into the second, ordered so that PostgreSQL accepts them: schemas, enum
 * values and sequences first; foreign keys dropped before anything they depend on, which also
 * breaks foreign-key cycles; tables created with the foreign keys whose targets already exist and
 * the rest added once every table does; removed enum types, sequences and schemas last.
 *
 * <p>{@code ModelEvolution.apply(before, between(before, after, hints))} equals {@code after} up to
 * column order, and comparing a model with itself yields nothing.
 */
public final class SchemaDiff {

  private SchemaDiff() {}

  /** The operations from {@code before} to {@code after} without renames. */
  public static List<Operation> between(SchemaModel before, SchemaModel after) {
    return between(before, after, RenameHints.none());
  }

  /** The operations from {@code before} to {@code after}, renaming what the hints declare. */
  public static List<Operation> between(SchemaModel before, SchemaModel after, RenameHints hints) {
    List<Operation> ops = new ArrayList<>();
    for (String schema : new TreeSet<>(after.schemas())) {
      if (!before.schemas().contains(schema)) {
        ops.add(new Operation.CreateSchema(schema));
      }
    }
    List<Operation> renames = Renames.of(before, after, hints);
    ops.addAll(renames);
    SchemaModel current = ModelEvolution.apply(before, renames);

    EnumChanges enums = EnumChanges.between(current.enumTypes(), after.enumTypes());
    ops.addAll(enums.early());
    ops.addAll(sequencesCreatedOrAltered(current, after));

    // Foreign keys go first, from every table, so that nothing they reference is still pinned by them.
    for (Table table : current.tables()) {
      Optional<Table> next = after.table(table.name());
      List<ForeignKey> kept = next.map(Table::foreignKeys).orElse(List.of());
      for (ForeignKey fk : KeyChanges.gone(table.foreignKeys(), kept, ForeignKey::name)) {
        ops.add(new Operation.DropForeignKey(table.name(), fk));
      }
    }
    for (Table table : current.tables()) {
      after.table(table.name()).ifPresent(next -> ops.addAll(KeyChanges.drops(table, next)));
    }
    for (Table table : current.tables()) {
      if (after.table(table.name()).isEmpty()) {
        ops.add(new Operation.DropTable(table.withForeignKeys(List.of())));
      }
    }

    List<Operation> deferredForeignKeys = new ArrayList<>();
    Set<QualifiedName> existing = new HashSet<>();
    current.tables().forEach(t -> existing.add(t.name()));
    for (Table table : NewTables.inDependencyOrder(current, after)) {
      List<ForeignKey> inline = new ArrayList<>();
      for (ForeignKey fk : table.foreignKeys()) {
        boolean targetExists = existing.contains(fk.referencedTable()) || fk.referencedTable().equals(table.name());
        if (targetExists && after.table(fk.referencedTable()).isPresent()) {
          inline.add(fk);
        } else {
          deferredForeignKeys.add(new Operation.AddForeignKey(table.name(), fk));
        }
      }
      ops.add(new Operation.CreateTable(table.withForeignKeys(inline)));
      existing.add(table.name());
    }

    for (Table next : after.tables()) {
      current.table(next.name()).ifPresent(table -> {
        ops.addAll(ColumnChanges.between(table, next, idSequences(after, hints, next.name())));
        ops.addAll(KeyChanges.adds(table, next));
        if (!Objects.equals(table.comment(), next.comment())) {
          ops.add(new Operation.SetTableComment(next.name(), table.comment(), next.comment()));
        }
      });
    }
    for (Table next : after.tables()) {
      current.table(next.name()).ifPresent(table -> {
        for (ForeignKey fk : KeyChanges.gone(next.foreignKeys(), table.foreignKeys(), ForeignKey::name)) {
          ops.add(new Operation.AddForeignKey(next.name(), fk));
        }
      });
    }
    ops.addAll(deferredForeignKeys);

    ops.addAll(enums.late());
    for (Sequence sequence : current.sequences()) {
      if (after.sequence(sequence.name()).isEmpty()) {
        ops.add(new Operation.DropSequence(sequence));
      }
    }
    for (String schema : new TreeSet<>(current.schemas())) {
      if (!after.schemas().contains(schema)) {
        ops.add(new Operation.DropSchema(schema));
      }
    }
    return ops;
  }

  /** The sequences of {@code after} that the id columns of {@code table} draw from, as the hints declare, by column. */
  private static Map<String, Sequence> idSequences(SchemaModel after, RenameHints hints, QualifiedName table) {
    Map<String, Sequence> sequences = new HashMap<>();
    hints.idSequences().getOrDefault(table, Map.of())
        .forEach((column, name) -> after.sequence(name).ifPresent(sequence -> sequences.put(column, sequence)));
    return sequences;
  }

  private static List<Operation> sequencesCreatedOrAltered(SchemaModel before, SchemaModel after) {
    List<Operation> ops = new ArrayList<>();
    for (Sequence sequence : after.sequences()) {
      Optional<Sequence> old = before.sequence(sequence.name());
      if (old.isEmpty()) {
        ops.add(new Operation.CreateSequence(sequence));
      } else if (!old.get().equals(sequence)) {
        ops.add(new Operation.AlterSequence(old.get(), sequence));
      }
    }
    return ops;
  }
}
