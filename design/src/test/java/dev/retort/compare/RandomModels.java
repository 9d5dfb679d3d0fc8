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
 *
 * <p>They are also models PostgreSQL accepts and reads back exactly as generated, so that
 * {@link SchemaDiffOnPostgresTest} can compare the catalog with them: a column's type only changes
 * within its {@link Family}, where the server casts both ways without {@code USING} (and casts the
 * default along), and every default, check and partial-index predicate is written in the canonical
 * text that {@code pg_get_expr} prints back (e.g. {@code 'a'::character varying}, {@code 42},
 * {@code '-5'::integer}, {@code now()}, {@code (id > 3)}).
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
    switch (random.nextInt(15)) {
      case 0:
        return addTable(model);
      case 1:
        return dropTable(model, table);
      case 2:
        return replace(model, table.withColumn(randomColumn("c_" + next())));
      case 3:
        return dropColumn(model, table);
      case 4:
        return changeColumn(model, table, this::retype);
      case 5:
        return changeColumn(model, table, c -> c.identity() == Identity.NONE ? c.nullable(!c.nullable()) : c);
      case 6:
        return changeColumn(model, table, c -> c.identity() == Identity.NONE
            ? c.defaultValue(random.nextBoolean() ? null : randomDefault(c.type())) : c);
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
      case 13:
        return replace(model, table.replaceColumn("id", c -> c.generatedAs(Identity.values()[random.nextInt(Identity.values().length)])));
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
      column = column.defaultValue(randomDefault(column.type()));
    }
    return column;
  }

  /**
   * Types between which PostgreSQL converts a column, and its default, in both directions without
   * {@code USING}: the assignment casts. A type change across families (text to boolean, say)
   * needs an explicit conversion that the diff cannot know, so the generator never makes one.
   */
  enum Family {
    TEXT, NUMBER, TIME, BOOL, UUID, JSON;

    static Family of(ColumnType type) {
      if (type instanceof ColumnType.Varchar || type instanceof ColumnType.Text || type instanceof ColumnType.Char) {
        return TEXT;
      }
      if (type instanceof ColumnType.Int || type instanceof ColumnType.Numeric || type instanceof ColumnType.Floating) {
        return NUMBER;
      }
      if (type instanceof ColumnType.Timestamp || type instanceof ColumnType.Date) {
        return TIME;
      }
      if (type instanceof ColumnType.Bool) {
        return BOOL;
      }
      if (type instanceof ColumnType.Uuid) {
        return UUID;
      }
      if (type instanceof ColumnType.Json) {
        return JSON;
      }
      throw new IllegalArgumentException("no family for " + type);
    }
  }

  private ColumnType randomType() {
    switch (random.nextInt(8)) {
      case 0:
      case 1:
        return randomType(Family.TEXT);
      case 2:
      case 3:
        return randomType(Family.NUMBER);
      case 4:
        return randomType(Family.TIME);
      case 5:
        return randomType(Family.BOOL);
      case 6:
        return randomType(Family.UUID);
      default:
        return randomType(Family.JSON);
    }
  }

  private ColumnType randomType(Family family) {
    switch (family) {
      case TEXT:
        switch (random.nextInt(4)) {
          case 0:
            return new ColumnType.Varchar(null);
          case 1:
            return new ColumnType.Text();
          case 2:
            return new ColumnType.Char(1 + random.nextInt(10));
          default:
            return new ColumnType.Varchar(1 + random.nextInt(255));
        }
      case NUMBER:
        switch (random.nextInt(4)) {
          case 0:
          case 1:
            return new ColumnType.Int(ColumnType.IntKind.values()[random.nextInt(3)]);
          case 2:
            return random.nextInt(4) == 0 ? new ColumnType.Numeric(null, null)
                : new ColumnType.Numeric(10 + random.nextInt(28), random.nextInt(5));
          default:
            return new ColumnType.Floating(random.nextBoolean());
        }
      case TIME:
        if (random.nextInt(4) == 0) {
          return new ColumnType.Date();
        }
        return new ColumnType.Timestamp(random.nextInt(4) == 0 ? null : random.nextInt(7), random.nextBoolean());
      case BOOL:
        return new ColumnType.Bool();
      case UUID:
        return new ColumnType.Uuid();
      default:
        // Only jsonb: plain json has no btree operator class, so it could not be indexed.
        return new ColumnType.Json(true);
    }
  }

  /**
   * The column with another type of its family, if the family has another; a default stays (the
   * server casts it along and prints it as before) or becomes one written for the new type.
   */
  private Column retype(Column column) {
    Family family = Family.of(column.type());
    ColumnType type = column.type();
    for (int attempt = 0; attempt < 5 && type.equals(column.type()); attempt++) {
      type = randomType(family);
    }
    Column changed = column.withType(type);
    if (column.defaultValue() != null && random.nextBoolean()) {
      changed = changed.defaultValue(randomDefault(type));
    }
    return changed;
  }

  /**
   * A default for a column of {@code type}, in the text PostgreSQL prints it back as: a negative
   * number, for example, reads back as {@code '-5'::integer} whatever the column's numeric type.
   */
  private String randomDefault(ColumnType type) {
    if (type instanceof ColumnType.Varchar) {
      return "'" + letter() + "'::character varying";
    }
    if (type instanceof ColumnType.Text) {
      return "'" + letter() + "'::text";
    }
    if (type instanceof ColumnType.Char) {
      return "'" + letter() + "'::bpchar";
    }
    if (type instanceof ColumnType.Int) {
      int value = random.nextInt(200) - 100;
      return value < 0 ? "'" + value + "'::integer" : Integer.toString(value);
    }
    if (type instanceof ColumnType.Numeric || type instanceof ColumnType.Floating) {
      int value = random.nextInt(200) - 100;
      String number = random.nextBoolean() ? Integer.toString(value) : value + ".5";
      return value < 0 ? "'" + number + "'::" + (number.contains(".") ? "numeric" : "integer") : number;
    }
    if (type instanceof ColumnType.Date) {
      return "CURRENT_DATE";
    }
    if (type instanceof ColumnType.Timestamp) {
      String[] now = {"now()", "CURRENT_TIMESTAMP", "LOCALTIMESTAMP"};
      return now[random.nextInt(now.length)];
    }
    if (type instanceof ColumnType.Bool) {
      return Boolean.toString(random.nextBoolean());
    }
    if (type instanceof ColumnType.Uuid) {
      return "gen_random_uuid()";
    }
    if (type instanceof ColumnType.Json) {
      return random.nextBoolean() ? "'{}'::jsonb" : "'[]'::jsonb";
    }
    throw new IllegalArgumentException("no default for " + type);
  }

  /**
   * One letter: adding a column evaluates its default, so a text default must fit the shortest
   * type its column may be changed to, {@code char(1)}.
   */
  private char letter() {
    return (char) ('a' + random.nextInt(26));
  }

  private String next() {
    return Integer.toString(counter++);
  }
}
