package dev.retort.compare;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.Index;
import dev.retort.model.IndexColumn;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random schema models and random evolutions of them, always valid: every key, index and
 * foreign key names columns that exist, and every foreign key references a table's primary key.
 */
public final class RandomModels {

  private final Random random;
  private int counter;

  public RandomModels(long seed) {
    this.random = new Random(seed);
  }

  /** A model of a few tables, sequences and enum types. */
  public SchemaModel model() {
    SchemaModel model = SchemaModel.empty();
    int tables = 1 + random.nextInt(4);
    for (int i = 0; i < tables; i++) {
      model = addTable(model);
    }
    if (random.nextBoolean()) {
      model = with(model, null, List.of(Sequence.of(QualifiedName.of("seq_" + next()), 1, 1 + random.nextInt(50))), null);
    }
    if (random.nextBoolean()) {
      model = with(model, null, null, List.of(new EnumType(QualifiedName.of("mood_" + next()), List.of("calm", "busy"))));
    }
    return model;
  }

  /** {@code model} after one to four random changes. */
  public SchemaModel evolve(SchemaModel model) {
    int changes = 1 + random.nextInt(4);
    SchemaModel result = model;
    for (int i = 0; i < changes; i++) {
      result = change(result);
    }
    return result;
  }

  private SchemaModel change(SchemaModel model) {
    if (model.tables().isEmpty()) {
      return addTable(model);
    }
    Table table = model.tables().get(random.nextInt(model.tables().size()));
    switch (random.nextInt(14)) {
      case 0:
        return addTable(model);
      case 1:
        return dropTable(model, table);
      case 2:
        return replace(model, table.withColumn(randomColumn("c_" + next())));
      case 3:
        return dropColumn(model, table);
      case 4:
        return changeColumn(model, table, c -> c.withType(randomType()));
      case 5:
        return changeColumn(model, table, c -> c.identity() == Identity.NONE ? c.nullable(!c.nullable()) : c);
      case 6:
        return changeColumn(model, table, c -> c.identity() == Identity.NONE
            ? c.defaultValue(random.nextBoolean() ? null : "'" + next() + "'") : c);
      case 7:
        return changeColumn(model, table, c -> c.comment(random.nextBoolean() ? null : "note " + next()));
      case 8:
        return replace(model, table.withComment(random.nextBoolean() ? null : "table " + next()));
      case 9:
        return addIndexOrUnique(model, table);
      case 10:
        return addForeignKey(model, table);
      case 11:
        return replace(model, table.withIndexes(List.of()).withUniqueConstraints(List.of()).withChecks(List.of()));
      case 12:
        return evolveEnumsAndSequences(model);
      default:
        return replace(model, table.withChecks(List.of(new CheckConstraint("ck_" + next(), "(id > " + random.nextInt(9) + ")"))));
    }
  }

  private SchemaModel addTable(SchemaModel model) {
    String name = "t_" + next();
    String schema = random.nextInt(4) == 0 ? "billing" : null;
    List<Column> columns = new ArrayList<>();
    columns.add(Column.of("id", new ColumnType.Int(ColumnType.IntKind.BIGINT)).notNull()
        .generatedAs(random.nextBoolean() ? Identity.BY_DEFAULT : Identity.NONE));
    int extra = random.nextInt(4);
    for (int i = 0; i < extra; i++) {
      columns.add(randomColumn("c_" + next()));
    }
    Table table = new Table(QualifiedName.of(schema, name), columns, new PrimaryKey(name + "_pkey", List.of("id")),
        List.of(), List.of(), List.of(), List.of(), null);
    Set<String> schemas = new HashSet<>(model.schemas());
    if (schema != null) {
      schemas.add(schema);
    }
    List<Table> tables = new ArrayList<>(model.tables());
    tables.add(table);
    SchemaModel added = new SchemaModel(schemas, tables, model.sequences(), model.enumTypes());
    return random.nextBoolean() ? addForeignKey(added, table) : added;
  }

  private SchemaModel dropTable(SchemaModel model, Table doomed) {
    List<Table> tables = new ArrayList<>();
    for (Table table : model.tables()) {
      if (!table.name().equals(doomed.name())) {
        tables.add(table.withForeignKeys(table.foreignKeys().stream()
            .filter(fk -> !fk.referencedTable().equals(doomed.name())).toList()));
      }
    }
    Set<String> schemas = new HashSet<>();
    tables.forEach(t -> {
      if (t.name().schema() != null) {
        schemas.add(t.name().schema());
      }
    });
    return new SchemaModel(schemas, tables, model.sequences(), model.enumTypes());
  }

  private SchemaModel dropColumn(SchemaModel model, Table table) {
    List<Column> candidates = table.columns().stream().filter(c -> !c.name().equals("id")).toList();
    if (candidates.isEmpty()) {
      return model;
    }
    String name = candidates.get(random.nextInt(candidates.size())).name();
    Table without = new Table(table.name(), table.columns().stream().filter(c -> !c.name().equals(name)).toList(),
        table.primaryKey(),
        table.uniqueConstraints().stream().filter(u -> !u.columns().contains(name)).toList(),
        table.indexes().stream().filter(i -> i.columns().stream().noneMatch(c -> c.column().equals(name))).toList(),
        table.foreignKeys().stream().filter(fk -> !fk.columns().contains(name)).toList(),
        table.checks(), table.comment());
    return replace(model, without);
  }

  private SchemaModel changeColumn(SchemaModel model, Table table, java.util.function.UnaryOperator<Column> change) {
    List<Column> candidates = table.columns().stream().filter(c -> !c.name().equals("id")).toList();
    if (candidates.isEmpty()) {
      return model;
    }
    Column column = candidates.get(random.nextInt(candidates.size()));
    boolean referenced = model.tables().stream().flatMap(t -> t.foreignKeys().stream()).anyMatch(fk -> fk.columns().contains(column.name()));
    if (referenced) {
      return model;
    }
    return replace(model, table.replaceColumn(column.name(), change));
  }

  private SchemaModel addIndexOrUnique(SchemaModel model, Table table) {
    Column column = table.columns().get(random.nextInt(table.columns().size()));
    String name = "ix_" + next();
    if (random.nextBoolean()) {
      List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
      uniques.add(new UniqueConstraint("uk_" + next(), List.of(column.name())));
      return replace(model, table.withUniqueConstraints(uniques));
    }
    List<Index> indexes = new ArrayList<>(table.indexes());
    indexes.add(new Index(name, List.of(new IndexColumn(column.name(), random.nextBoolean())), random.nextBoolean(),
        random.nextBoolean() ? null : "(id > 0)"));
    return replace(model, table.withIndexes(indexes));
  }

  private SchemaModel addForeignKey(SchemaModel model, Table table) {
    Table target = model.tables().get(random.nextInt(model.tables().size()));
    String column = "ref_" + next();
    Table withColumn = table.withColumn(Column.of(column, new ColumnType.Int(ColumnType.IntKind.BIGINT)));
    List<ForeignKey> fks = new ArrayList<>(withColumn.foreignKeys());
    ReferentialAction[] actions = ReferentialAction.values();
    fks.add(ForeignKey.of("fk_" + next(), List.of(column), target.name(), List.of("id"))
        .onDelete(actions[random.nextInt(actions.length)]));
    return replace(model, withColumn.withForeignKeys(fks));
  }

  private SchemaModel evolveEnumsAndSequences(SchemaModel model) {
    List<EnumType> enums = new ArrayList<>();
    for (EnumType type : model.enumTypes()) {
      List<String> values = new ArrayList<>(type.values());
      if (random.nextBoolean()) {
        values.add(random.nextInt(values.size() + 1), "v" + next());
      } else if (values.size() > 1) {
        values.remove(random.nextInt(values.size()));
      }
      enums.add(new EnumType(type.name(), values));
    }
    List<Sequence> sequences = model.sequences().stream()
        .map(s -> s.incrementBy(1 + random.nextInt(100)).cache(1 + random.nextInt(3)))
        .toList();
    return new SchemaModel(model.schemas(), model.tables(), sequences, enums);
  }

  private static SchemaModel replace(SchemaModel model, Table changed) {
    List<Table> tables = model.tables().stream().map(t -> t.name().equals(changed.name()) ? changed : t).toList();
    return new SchemaModel(model.schemas(), tables, model.sequences(), model.enumTypes());
  }

  private static SchemaModel with(SchemaModel model, List<Table> tables, List<Sequence> sequences, List<EnumType> enums) {
    return new SchemaModel(model.schemas(), tables == null ? model.tables() : tables,
        sequences == null ? model.sequences() : sequences, enums == null ? model.enumTypes() : enums);
  }

  private Column randomColumn(String name) {
    Column column = Column.of(name, randomType());
    if (random.nextInt(3) == 0) {
      column = column.notNull();
    }
    if (random.nextInt(4) == 0) {
      column = column.defaultValue("'" + next() + "'");
    }
    return column;
  }

  private ColumnType randomType() {
    switch (random.nextInt(8)) {
      case 0:
        return new ColumnType.Varchar(1 + random.nextInt(255));
      case 1:
        return new ColumnType.Text();
      case 2:
        return new ColumnType.Int(ColumnType.IntKind.values()[random.nextInt(3)]);
      case 3:
        return new ColumnType.Numeric(10 + random.nextInt(28), random.nextInt(5));
      case 4:
        return new ColumnType.Bool();
      case 5:
        return new ColumnType.Timestamp(6, random.nextBoolean());
      case 6:
        return new ColumnType.Uuid();
      default:
        return new ColumnType.Json(true);
    }
  }

  private String next() {
    return Integer.toString(counter++);
  }
}
