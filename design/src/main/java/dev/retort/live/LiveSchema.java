package dev.retort.live;

import dev.retort.compare.SchemaDiff;
import dev.retort.introspect.IntrospectionScope;
import dev.retort.introspect.PostgresIntrospector;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.ops.Operation;
import dev.retort.render.sql.PostgresIdentifiers;
import dev.retort.render.sql.PostgresSqlRenderer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Compares a model with a live PostgreSQL database. The server rewrites defaults, checks and
 * partial-index predicates into its own text, so those of the model are first created in scratch
 * schemas inside a transaction that is rolled back (with the model's sequences and enum types, in
 * small probe tables, see {@link ServerWording}), and read back: both sides of a comparison are then
 * in the server's words. The drift check reads the database first and probes only the expressions
 * whose text differs from the database's.
 */
public final class LiveSchema {

  private LiveSchema() {}

  /** The operations that would turn {@code expected} into what the database holds; empty when they agree. */
  public static List<Operation> drift(Connection connection, SchemaModel expected) throws SQLException {
    SchemaModel live = read(connection, expected);
    SchemaModel canonical = canonical(connection, expected, live);
    return differences(canonical, live);
  }

  /**
   * {@code SchemaDiff.between(expected, live)}, without handing it the tables that are equal on
   * both sides (most of them, when there is no drift; the diff of a thousand equal tables cost more
   * than reading them). A table that a remaining table's foreign key references stays, so that the
   * diff sees the same targets as with every table.
   */
  static List<Operation> differences(SchemaModel expected, SchemaModel live) {
    Set<QualifiedName> differing = new HashSet<>();
    for (Table table : expected.tables()) {
      if (!live.table(table.name()).map(table::equals).orElse(false)) {
        differing.add(table.name());
      }
    }
    for (Table table : live.tables()) {
      if (expected.table(table.name()).isEmpty()) {
        differing.add(table.name());
      }
    }
    Set<QualifiedName> kept = new HashSet<>(differing);
    for (QualifiedName name : differing) {
      for (SchemaModel side : List.of(expected, live)) {
        side.table(name).ifPresent(table -> table.foreignKeys().forEach(fk -> kept.add(fk.referencedTable())));
      }
    }
    return SchemaDiff.between(only(expected, kept), only(live, kept));
  }

  private static SchemaModel only(SchemaModel model, Set<QualifiedName> tables) {
    List<Table> kept = new ArrayList<>();
    for (Table table : model.tables()) {
      if (tables.contains(table.name())) {
        kept.add(table);
      }
    }
    return new SchemaModel(model.schemas(), kept, model.sequences(), model.enumTypes());
  }

  /** The operations that would turn what the database holds into {@code wanted}. */
  public static List<Operation> toReach(Connection connection, SchemaModel wanted) throws SQLException {
    return SchemaDiff.between(read(connection, wanted), canonical(connection, wanted));
  }

  /** The database's schema: its current schema and every schema {@code model} names. */
  public static SchemaModel read(Connection connection, SchemaModel model) throws SQLException {
    List<String> schemas = new ArrayList<>();
    schemas.add(currentSchema(connection));
    schemas.addAll(model.sortedSchemas());
    return PostgresIntrospector.introspect(connection, IntrospectionScope.of(schemas.toArray(String[]::new))).model();
  }

  /** The snapshot as the server writes it back, created in scratch schemas and rolled back. */
  public static SchemaModel canonical(Connection connection, SchemaModel model) throws SQLException {
    return canonical(connection, model, null);
  }

  /**
   * The snapshot as the server writes it back, where its text differs from {@code live}'s (every
   * expression when {@code live} is null); nothing is created when the database already holds
   * every expression's text and the model has no sequence or enum type.
   */
  public static SchemaModel canonical(Connection connection, SchemaModel model, SchemaModel live) throws SQLException {
    ServerWording wording = new ServerWording(model, live);
    if (wording.probes().isEmpty() && model.sequences().isEmpty() && model.enumTypes().isEmpty()) {
      return model;
    }
    // Unique enough for a schema that lives only inside this transaction; a namesake in a concurrent
    // one would only wait for it. Not UUID.randomUUID(): starting SecureRandom costs a cold JVM more.
    String scratch = "retort_drift_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    Map<String, String> toScratch = new HashMap<>();
    Map<String, String> fromScratch = new HashMap<>();
    List<String> named = model.sortedSchemas();
    for (int i = 0; i < named.size(); i++) {
      toScratch.put(named.get(i), scratch + "_" + i);
      fromScratch.put(scratch + "_" + i, named.get(i));
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + PostgresIdentifiers.quote(scratch));
      for (String schema : toScratch.values()) {
        statement.execute("CREATE SCHEMA " + PostgresIdentifiers.quote(schema));
      }
      statement.execute("SET LOCAL search_path = " + PostgresIdentifiers.quote(scratch) + ", " + currentPath(statement));
      UnaryOperator<String> scratchOf = s -> s == null ? null : toScratch.get(s);
      // Sequences and enum types first, whole: column types and defaults may name them. Of the tables,
      // only small probes of what the server rewrites are created (see ServerWording).
      SchemaModel types = withSchemas(new SchemaModel(Set.of(), List.of(), model.sequences(), model.enumTypes()), scratchOf,
          Set.of());
      SchemaModel probes = withSchemas(new SchemaModel(Set.of(), wording.probes(), List.of(), List.of()), scratchOf, Set.of());
      SchemaModel typesAndProbes = new SchemaModel(Set.of(), probes.tables(), types.sequences(), types.enumTypes());
      PostgresSqlRenderer renderer = new PostgresSqlRenderer();
      List<Operation> operations = new ArrayList<>(SchemaDiff.between(SchemaModel.empty(), types));
      operations.addAll(SchemaDiff.between(types, typesAndProbes));
      for (Operation operation : operations) {
        for (String sql : renderer.render(operation)) {
          statement.execute(sql);
        }
      }
      List<String> schemas = new ArrayList<>();
      schemas.add(scratch);
      schemas.addAll(toScratch.values());
      SchemaModel read = PostgresIntrospector.introspect(connection, IntrospectionScope.of(schemas.toArray(String[]::new))).model();
      return wording.reworded(withSchemas(read, s -> s == null ? null : fromScratch.get(s), Set.copyOf(named)));
    } finally {
      connection.rollback();
      connection.setAutoCommit(autoCommit);
    }
  }

  private static String currentSchema(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT current_schema()")) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static String currentPath(Statement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery("SELECT current_setting('search_path')")) {
      rows.next();
      return rows.getString(1);
    }
  }

  /** The model with every schema name mapped; names in the default schema stay there. */
  public static SchemaModel withSchemas(SchemaModel model, UnaryOperator<String> map, Set<String> schemas) {
    UnaryOperator<QualifiedName> name = n -> QualifiedName.of(n.schema() == null ? null : map.apply(n.schema()), n.name());
    List<Table> tables = new ArrayList<>();
    for (Table table : model.tables()) {
      List<Column> columns = table.columns().stream()
          .map(c -> c.type() instanceof ColumnType.NativeEnum e ? c.withType(new ColumnType.NativeEnum(name.apply(e.type()))) : c)
          .toList();
      List<ForeignKey> foreignKeys = table.foreignKeys().stream()
          .map(fk -> new ForeignKey(fk.name(), fk.columns(), name.apply(fk.referencedTable()), fk.referencedColumns(),
              fk.onDelete(), fk.onUpdate()))
          .toList();
      tables.add(new Table(name.apply(table.name()), columns, table.primaryKey(), table.uniqueConstraints(),
          table.indexes(), foreignKeys, table.checks(), table.comment()));
    }
    List<Sequence> sequences = model.sequences().stream().map(s -> s.withName(name.apply(s.name()))).toList();
    List<EnumType> enums = model.enumTypes().stream().map(e -> new EnumType(name.apply(e.name()), e.values())).toList();
    return new SchemaModel(new HashSet<>(schemas), tables, sequences, enums);
  }

}
