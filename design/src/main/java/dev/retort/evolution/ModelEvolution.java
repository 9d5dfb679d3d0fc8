package dev.retort.evolution;

import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.IndexColumn;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationVisitor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Applies operations to a schema model the way PostgreSQL applies them to a catalog: the schema
 * a migration history leads to, computed without a database. Renames follow into the constraints
 * and foreign keys that name the renamed object, and dropping a column drops the keys and indexes
 * over it, as the server does. Data steps ({@link Operation.Execute}, {@link Operation.RunJava})
 * leave the model unchanged.
 *
 * @throws IllegalArgumentException from {@link #apply} when an operation names something the
 *     model does not have
 */
public final class ModelEvolution implements OperationVisitor<SchemaModel> {

  private final SchemaModel model;

  private ModelEvolution(SchemaModel model) {
    this.model = model;
  }

  /** The model after {@code operation}. */
  public static SchemaModel apply(SchemaModel model, Operation operation) {
    return operation.accept(new ModelEvolution(model));
  }

  /** The model after every operation, in order. */
  public static SchemaModel apply(SchemaModel model, List<Operation> operations) {
    SchemaModel result = model;
    for (Operation operation : operations) {
      result = apply(result, operation);
    }
    return result;
  }

  @Override
  public SchemaModel visit(Operation.CreateSchema op) {
    Set<String> schemas = new HashSet<>(model.schemas());
    if (!schemas.add(op.name())) {
      throw exists("schema", op.name());
    }
    return new SchemaModel(schemas, model.tables(), model.sequences(), model.enumTypes());
  }

  @Override
  public SchemaModel visit(Operation.DropSchema op) {
    Set<String> schemas = new HashSet<>(model.schemas());
    if (!schemas.remove(op.name())) {
      throw missing("schema", op.name());
    }
    return new SchemaModel(schemas, model.tables(), model.sequences(), model.enumTypes());
  }

  @Override
  public SchemaModel visit(Operation.CreateTable op) {
    if (model.table(op.table().name()).isPresent()) {
      throw exists("table", op.table().name().toString());
    }
    List<Table> tables = new ArrayList<>(model.tables());
    tables.add(op.table());
    return withTables(tables);
  }

  @Override
  public SchemaModel visit(Operation.DropTable op) {
    table(op.table().name());
    return withTables(model.tables().stream().filter(t -> !t.name().equals(op.table().name())).toList());
  }

  @Override
  public SchemaModel visit(Operation.RenameTable op) {
    QualifiedName to = op.from().withName(op.to());
    List<Table> tables = new ArrayList<>();
    Table renamed = table(op.from()).withName(to);
    for (Table table : model.tables()) {
      Table current = table.name().equals(op.from()) ? renamed : table;
      tables.add(current.withForeignKeys(current.foreignKeys().stream()
          .map(fk -> fk.referencedTable().equals(op.from())
              ? new ForeignKey(fk.name(), fk.columns(), to, fk.referencedColumns(), fk.onDelete(), fk.onUpdate())
              : fk)
          .toList()));
    }
    return withTables(tables);
  }

  @Override
  public SchemaModel visit(Operation.SetTableComment op) {
    return changeTable(op.table(), t -> t.withComment(op.to()));
  }

  @Override
  public SchemaModel visit(Operation.AddColumn op) {
    return changeTable(op.table(), t -> {
      if (t.column(op.column().name()).isPresent()) {
        throw exists("column", op.table() + "." + op.column().name());
      }
      return t.withColumn(op.column());
    });
  }

  @Override
  public SchemaModel visit(Operation.DropColumn op) {
    String name = op.column().name();
    return changeTable(op.table(), t -> {
      column(t, name);
      return new Table(t.name(), t.columns().stream().filter(c -> !c.name().equals(name)).toList(),
          t.primaryKey() != null && t.primaryKey().columns().contains(name) ? null : t.primaryKey(),
          t.uniqueConstraints().stream().filter(u -> !u.columns().contains(name)).toList(),
          t.indexes().stream().filter(i -> i.columns().stream().noneMatch(c -> c.column().equals(name))).toList(),
          t.foreignKeys().stream().filter(fk -> !fk.columns().contains(name)).toList(),
          t.checks(),
          t.comment());
    });
  }

  @Override
  public SchemaModel visit(Operation.RenameColumn op) {
    UnaryOperator<String> rename = c -> c.equals(op.from()) ? op.to() : c;
    List<Table> tables = new ArrayList<>();
    Table target = table(op.table());
    column(target, op.from());
    for (Table table : model.tables()) {
      Table current = table;
      if (table.name().equals(op.table())) {
        current = new Table(table.name(),
            table.columns().stream().map(c -> c.name().equals(op.from()) ? c.withName(op.to()) : c).toList(),
            table.primaryKey() == null ? null
                : new PrimaryKey(table.primaryKey().name(), table.primaryKey().columns().stream().map(rename).toList()),
            table.uniqueConstraints().stream()
                .map(u -> new UniqueConstraint(u.name(), u.columns().stream().map(rename).toList())).toList(),
            table.indexes().stream().map(i -> new Index(i.name(),
                i.columns().stream().map(c -> new IndexColumn(rename.apply(c.column()), c.descending())).toList(),
                i.unique(), i.where())).toList(),
            table.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), fk.columns().stream().map(rename).toList(),
                fk.referencedTable(), fk.referencedColumns(), fk.onDelete(), fk.onUpdate())).toList(),
            table.checks(),
            table.comment());
      }
      current = current.withForeignKeys(current.foreignKeys().stream()
          .map(fk -> fk.referencedTable().equals(op.table())
              ? new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(),
                  fk.referencedColumns().stream().map(rename).toList(), fk.onDelete(), fk.onUpdate())
              : fk)
          .toList());
      tables.add(current);
    }
    return withTables(tables);
  }

  @Override
  public SchemaModel visit(Operation.AlterColumnType op) {
    return changeColumn(op.table(), op.column(), c -> c.withType(op.to()));
  }

  @Override
  public SchemaModel visit(Operation.AlterColumnNullability op) {
    return changeColumn(op.table(), op.column(), c -> c.nullable(op.nullable()));
  }

  @Override
  public SchemaModel visit(Operation.AlterColumnDefault op) {
    return changeColumn(op.table(), op.column(), c -> c.defaultValue(op.to()));
  }

  @Override
  public SchemaModel visit(Operation.AlterColumnIdentity op) {
    // Identity columns are NOT NULL; dropping the identity keeps the constraint, as PostgreSQL does.
    return changeColumn(op.table(), op.column(), c -> c.nullable(false).generatedAs(op.to()));
  }

  @Override
  public SchemaModel visit(Operation.SetColumnComment op) {
    return changeColumn(op.table(), op.column(), c -> c.comment(op.to()));
  }

  @Override
  public SchemaModel visit(Operation.AddPrimaryKey op) {
    // PostgreSQL makes primary key columns NOT NULL as it adds the key.
    return changeTable(op.table(), t -> {
      Table keyed = t;
      for (String name : op.primaryKey().columns()) {
        keyed = keyed.replaceColumn(column(t, name).name(), c -> c.nullable(false));
      }
      return keyed.withPrimaryKey(op.primaryKey());
    });
  }

  @Override
  public SchemaModel visit(Operation.DropPrimaryKey op) {
    return changeTable(op.table(), t -> t.withPrimaryKey(null));
  }

  @Override
  public SchemaModel visit(Operation.AddUniqueConstraint op) {
    return changeTable(op.table(), t -> t.withUniqueConstraints(plus(t.uniqueConstraints(), op.constraint())));
  }

  @Override
  public SchemaModel visit(Operation.DropUniqueConstraint op) {
    return changeTable(op.table(), t -> t.withUniqueConstraints(
        t.uniqueConstraints().stream().filter(u -> !u.name().equals(op.constraint().name())).toList()));
  }

  @Override
  public SchemaModel visit(Operation.AddForeignKey op) {
    return changeTable(op.table(), t -> t.withForeignKeys(plus(t.foreignKeys(), op.foreignKey())));
  }

  @Override
  public SchemaModel visit(Operation.DropForeignKey op) {
    return changeTable(op.table(), t -> t.withForeignKeys(
        t.foreignKeys().stream().filter(fk -> !fk.name().equals(op.foreignKey().name())).toList()));
  }

  @Override
  public SchemaModel visit(Operation.AddCheckConstraint op) {
    return changeTable(op.table(), t -> t.withChecks(plus(t.checks(), op.check())));
  }

  @Override
  public SchemaModel visit(Operation.DropCheckConstraint op) {
    return changeTable(op.table(), t -> t.withChecks(t.checks().stream().filter(c -> !c.name().equals(op.check().name())).toList()));
  }

  @Override
  public SchemaModel visit(Operation.CreateIndex op) {
    return changeTable(op.table(), t -> t.withIndexes(plus(t.indexes(), op.index())));
  }

  @Override
  public SchemaModel visit(Operation.DropIndex op) {
    return changeTable(op.table(), t -> t.withIndexes(t.indexes().stream().filter(i -> !i.name().equals(op.index().name())).toList()));
  }

  @Override
  public SchemaModel visit(Operation.CreateSequence op) {
    if (model.sequence(op.sequence().name()).isPresent()) {
      throw exists("sequence", op.sequence().name().toString());
    }
    return withSequences(plus(model.sequences(), op.sequence()));
  }

  @Override
  public SchemaModel visit(Operation.AlterSequence op) {
    sequence(op.from().name());
    return withSequences(model.sequences().stream().map(s -> s.name().equals(op.to().name()) ? op.to() : s).toList());
  }

  @Override
  public SchemaModel visit(Operation.DropSequence op) {
    sequence(op.sequence().name());
    return withSequences(model.sequences().stream().filter(s -> !s.name().equals(op.sequence().name())).toList());
  }

  @Override
  public SchemaModel visit(Operation.CreateEnumType op) {
    if (model.enumType(op.type().name()).isPresent()) {
      throw exists("enum type", op.type().name().toString());
    }
    return withEnums(plus(model.enumTypes(), op.type()));
  }

  @Override
  public SchemaModel visit(Operation.DropEnumType op) {
    enumType(op.type().name());
    return withEnums(model.enumTypes().stream().filter(e -> !e.name().equals(op.type().name())).toList());
  }

  @Override
  public SchemaModel visit(Operation.AddEnumValue op) {
    return replaceEnum(op.type().name(), op.result());
  }

  @Override
  public SchemaModel visit(Operation.DropEnumValue op) {
    return replaceEnum(op.type().name(), op.result());
  }

  @Override
  public SchemaModel visit(Operation.Execute op) {
    return model;
  }

  @Override
  public SchemaModel visit(Operation.RunJava op) {
    return model;
  }

  private SchemaModel replaceEnum(QualifiedName name, EnumType replacement) {
    enumType(name);
    return withEnums(model.enumTypes().stream().map(e -> e.name().equals(name) ? replacement : e).toList());
  }

  private SchemaModel changeTable(QualifiedName name, UnaryOperator<Table> change) {
    Table changed = change.apply(table(name));
    return withTables(model.tables().stream().map(t -> t.name().equals(name) ? changed : t).toList());
  }

  private SchemaModel changeColumn(QualifiedName table, String column, UnaryOperator<Column> change) {
    return changeTable(table, t -> t.replaceColumn(column(t, column).name(), change));
  }

  private Table table(QualifiedName name) {
    return model.table(name).orElseThrow(() -> missing("table", name.toString()));
  }

  private static Column column(Table table, String name) {
    return table.column(name).orElseThrow(() -> missing("column", table.name() + "." + name));
  }

  private Sequence sequence(QualifiedName name) {
    return model.sequence(name).orElseThrow(() -> missing("sequence", name.toString()));
  }

  private EnumType enumType(QualifiedName name) {
    return model.enumType(name).orElseThrow(() -> missing("enum type", name.toString()));
  }

  private SchemaModel withTables(List<Table> tables) {
    return new SchemaModel(model.schemas(), tables, model.sequences(), model.enumTypes());
  }

  private SchemaModel withSequences(List<Sequence> sequences) {
    return new SchemaModel(model.schemas(), model.tables(), sequences, model.enumTypes());
  }

  private SchemaModel withEnums(List<EnumType> enums) {
    return new SchemaModel(model.schemas(), model.tables(), model.sequences(), enums);
  }

  private static <T> List<T> plus(List<T> items, T item) {
    List<T> more = new ArrayList<>(items);
    more.add(item);
    return more;
  }

  private static IllegalArgumentException exists(String what, String name) {
    return new IllegalArgumentException("the schema already has a " + what + " " + name);
  }

  private static IllegalArgumentException missing(String what, String name) {
    return new IllegalArgumentException("the schema has no " + what + " " + name);
  }
}
