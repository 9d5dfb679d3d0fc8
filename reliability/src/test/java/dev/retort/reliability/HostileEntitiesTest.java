package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.introspect.IntrospectionScope;
import dev.retort.introspect.PostgresIntrospector;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.runtime.Catalog;
import dev.retort.runtime.Retort;
import dev.retort.snapshot.SnapshotFormat;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entities whose {@code @Table} and {@code @Column} names are hostile go the whole way: compiled
 * with the processor, which writes a Java migration (so every name passes through a Java string
 * literal), that migration run on PostgreSQL, the catalog compared with the processor's model;
 * and the names PostgreSQL gives unquoted and anonymous objects compared with what the server
 * itself makes of the DDL Hibernate writes for the same entities.
 */
@PostgresTest
class HostileEntitiesTest {

  private final TestDatabase db;

  HostileEntitiesTest(TestDatabase db) {
    this.db = db;
  }

  @BeforeEach
  void startFromAnEmptyDatabase() throws Exception {
    Catalog.reset(db);
  }

  @Test
  void quotedHostileNamesReachTheCatalogExactlyAsTheModelSays(@TempDir Path project) throws Exception {
    int entities = Size.of(4, 40);
    Hostile hostile = new Hostile(7);
    Map<String, String> sources = new LinkedHashMap<>();
    for (int i = 0; i < entities; i++) {
      // Hibernate quotes a name written in backticks; the backtick itself cannot be inside one.
      String table = quotable(hostile);
      sources.put("hostile/E" + i + ".java", "package hostile;\n\nimport jakarta.persistence.*;\n\n"
          + "@Entity\n@Table(name = " + javaString("`" + table + "`") + ")\npublic class E" + i + " {\n"
          + "  @Id @Column(name = " + javaString("`" + quotable(hostile) + "`") + ") Long id;\n"
          + "  @Column(name = " + javaString("`" + quotable(hostile) + "`") + ", length = 80) String label;\n"
          + "  @Column(name = " + javaString("`" + quotable(hostile) + "`") + ", nullable = false) int amount;\n"
          + "}\n");
    }
    EntityCompiler.Result build = EntityCompiler.compile(project, sources);
    assertTrue(build.success(), build.diagnostics());
    db.execute("CREATE TABLE canary (id int)");

    Retort.configure().dataSource(db.dataSource()).migrationsFromIndex(build.loader()).migrate();

    SchemaModel model = SnapshotFormat.parse(build.source("retort.snapshot"), "retort.snapshot").model();
    assertEquals(entities, model.tables().size());
    try (Connection connection = db.connect()) {
      SchemaModel catalog = PostgresIntrospector.introspect(connection).model();
      assertEquals(model, withoutTable(catalog, "canary"));
    }
    assertEquals(List.of("0"), Catalog.strings(db, "SELECT count(*) FROM canary"));
    Figures.record("hostile entities: %d entities with hostile quoted table and column names compiled by the processor,"
        + " generated migration run, catalog equal to the processor's model", entities);
  }

  @Test
  void unquotedUnicodeNamesAndLongMultibyteNamesAreStoredAsPostgresStoresThem(@TempDir Path project) throws Exception {
    String wide = "é".repeat(30);
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("folding/Folded.java", "package folding;\n\nimport jakarta.persistence.*;\n\n"
        + "@Entity\n@Table(name = \"Größe_Ünï\")\npublic class Folded {\n"
        + "  @Id Long id;\n  @Column(name = \"Straße_ÄÖÜ\") String street;\n}\n");
    sources.put("folding/Wide.java", "package folding;\n\nimport jakarta.persistence.*;\n\n"
        + "@Entity\n@Table(name = \"`" + wide + "`\")\npublic class Wide {\n  @Id Long id;\n}\n");
    EntityCompiler.Result build = EntityCompiler.compile(project, sources);
    assertTrue(build.success(), build.diagnostics());

    Retort.configure().dataSource(db.dataSource()).migrationsFromIndex(build.loader()).migrate();

    // The DDL Hibernate writes for these entities: unquoted names as written, quoted ones in
    // double quotes, primary keys without a name; the server decides how to store them.
    db.execute("CREATE SCHEMA oracle");
    db.execute("CREATE TABLE oracle.Größe_Ünï (id bigint not null, Straße_ÄÖÜ varchar(255), primary key (id))");
    db.execute("CREATE TABLE oracle.\"" + wide + "\" (id bigint not null, primary key (id))");
    try (Connection connection = db.connect()) {
      assertEquals(names(PostgresIntrospector.introspect(connection, IntrospectionScope.of("oracle")).model()),
          names(PostgresIntrospector.introspect(connection).model()));
    }
  }

  /** Table, column and primary key names by table, schema left out. */
  private static Map<String, List<String>> names(SchemaModel model) {
    Map<String, List<String>> names = new TreeMap<>();
    for (Table table : model.tables()) {
      List<String> parts = new ArrayList<>();
      table.columns().forEach(c -> parts.add("column " + c.name()));
      parts.add("primary key " + (table.primaryKey() == null ? null : table.primaryKey().name()));
      names.put(table.name().name(), parts);
    }
    return names;
  }

  private static SchemaModel withoutTable(SchemaModel model, String table) {
    return new SchemaModel(model.schemas(), model.tables().stream().filter(t -> !t.name().name().equals(table)).toList(),
        model.sequences(), model.enumTypes());
  }

  /** A hostile name without backticks, which Hibernate's quoting syntax cannot carry. */
  private static String quotable(Hostile hostile) {
    while (true) {
      String name = hostile.name();
      if (name.indexOf('`') < 0 && !name.isBlank()) {
        return name;
      }
    }
  }

  /** {@code text} as a Java string literal. */
  static String javaString(String text) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        default -> literal.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return literal.append('"').toString();
  }
}
