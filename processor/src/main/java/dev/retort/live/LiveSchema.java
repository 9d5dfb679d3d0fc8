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
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Compares a model with a live PostgreSQL database. The server rewrites defaults, checks and
 * partial-index predicates into its own text, so those of the model are first created in scratch
 * schemas inside a transaction that is rolled back (with the model's sequences and enum types, in
 * small probe tables, see {@link ServerWording}), and read back: both sides of a comparison are then
 * in the server's words.
 */
public final class LiveSchema {

  private LiveSchema() {}

  /** The operations that would turn {@code expected} into what the database holds; empty when they agree. */
  public static List<Operation> drift(Connection connection, SchemaModel expected) throws SQLException {
    return SchemaDiff.between(canonical(connection, expected), read(connection, expected));
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
    String scratch = "retort_drift_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
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
      SchemaModel scratchModel = withSchemas(model, scratchOf, Set.copyOf(toScratch.values()));
      // Sequences and enum types first, whole: column types and defaults may name them. Of the tables,
      // only small probes of what the server rewrites are created (see ServerWording).
      SchemaModel types = new SchemaModel(Set.of(), List.of(), scratchModel.sequences(), scratchModel.enumTypes());
      ServerWording wording = new ServerWording(model);
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
      return wording.reworded(model, withSchemas(read, s -> s == null ? null : fromScratch.get(s), Set.copyOf(named)));
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
