package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.introspect.IntrospectionScope;
import dev.retort.introspect.PostgresIntrospector;
import dev.retort.migration.Migration;
import dev.retort.model.SchemaModel;
import dev.retort.evolution.ModelEvolution;
import dev.retort.ops.Operation;
import dev.retort.runtime.Catalog;
import dev.retort.runtime.Retort;
import dev.retort.runtime.TestMigration;
import dev.retort.migration.Operations;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migrations whose every name and text value is hostile (see {@link Hostile}) run on PostgreSQL,
 * through the runtime and as an offline SQL script: the catalog then holds exactly the schema the
 * operations describe, with every name and comment as written, and nothing else happened (a canary
 * table survives, no other object appears).
 */
@PostgresTest
class HostileIdentifiersTest {

  private final TestDatabase db;

  HostileIdentifiersTest(TestDatabase db) {
    this.db = db;
  }

  @BeforeEach
  void startFromAnEmptyDatabase() throws Exception {
    Catalog.reset(db);
  }

  @Test
  void hostileNamesAndValuesAreQuotedSoTheCatalogHoldsExactlyWhatTheMigrationSays() throws Exception {
    int seeds = Size.of(30, 300);
    for (long seed = 0; seed < seeds; seed++) {
      Migration migration = TestMigration.of("h1", null, new Hostile(seed).schema(this::quoteIdent), op -> { });
      List<Operation> operations = Operations.recordedBy(migration::upgrade);
      String schema = ((Operation.CreateSchema) operations.get(0)).name();
      SchemaModel expected = ModelEvolution.apply(SchemaModel.empty(), operations);

      Catalog.reset(db);
      db.execute("CREATE TABLE canary (id int)");
      Retort.configure().dataSource(db.dataSource()).migrations(migration).migrate();
      assertOnlyThat(expected, schema, "seed " + seed + " through the runtime");

      Catalog.reset(db);
      db.execute("CREATE TABLE canary (id int)");
      String script = Retort.configure().migrations(migration).load().offlineSql("base", "head");
      try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
        statement.execute(script);
      }
      assertOnlyThat(expected, schema, "seed " + seed + " as offline SQL:\n" + script);
    }
    Figures.record("hostile identifiers: %d schemas of hostile names (%d names and values each), applied through the"
        + " runtime and as offline SQL; catalog equal to the model every time, canary intact", seeds, 20);
  }

  /** The name as the server quotes it when it prints an expression. */
  private String quoteIdent(String name) {
    try {
      return db.query("SELECT quote_ident(?)", rows -> rows.next() ? rows.getString(1) : null, name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void assertOnlyThat(SchemaModel expected, String schema, String where) throws Exception {
    try (Connection connection = db.connect()) {
      assertEquals(expected, PostgresIntrospector.introspect(connection, IntrospectionScope.of(schema)).model(), where);
    }
    assertEquals(List.of("canary", "retort_history"), Catalog.strings(db,
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"), where);
    assertEquals(List.of("public", schema), Catalog.strings(db, "SELECT nspname FROM pg_namespace"
        + " WHERE nspname NOT IN ('information_schema') AND nspname NOT LIKE 'pg\\_%' ORDER BY nspname = 'public' DESC"),
        where);
  }
}
