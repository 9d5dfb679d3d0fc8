package dev.retort.compare;

import static dev.retort.compare.SchemaDiffPropertiesTest.differences;
import static dev.retort.compare.SchemaDiffPropertiesTest.ignoringColumnOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.introspect.Introspection;
import dev.retort.introspect.IntrospectionScope;
import dev.retort.introspect.PostgresIntrospector;
import dev.retort.model.SchemaModel;
import dev.retort.ops.Inverses;
import dev.retort.ops.Operation;
import dev.retort.render.sql.PostgresSqlRenderer;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The diff's properties on a real PostgreSQL: for random models evolved step by step (see
 * {@link RandomModels}), the upgrade that {@link SchemaDiff#between} computes, rendered to SQL and
 * run in a transaction of its own, leaves exactly the new model in the catalog; its inverse, in
 * another transaction, restores exactly the old one; and diffing what the catalog holds with itself,
 * or with the model it should hold, yields nothing. Column order is ignored, since a downgrade
 * re-adds a dropped column at the end of its table.
 *
 * <p>{@value #SEEDS} seeds of {@value #STEPS} steps each: 1,200 upgrades, downgrades and
 * re-upgrades in 3,600 transactions, with three catalog reads per step, plus each seed's creation
 * and teardown. Measured on a two-core machine against a local PostgreSQL 15: 36 s for this class
 * (400 seeds of 10 steps, run once while choosing the numbers, took 108 s and passed).
 * Each seed starts from an empty database and ends by diffing its last model to the empty one.
 * The default schema and {@code billing}, where the random models put some tables, are read.
 */
@PostgresTest
class SchemaDiffOnPostgresTest {

  static final int SEEDS = 150;
  static final int STEPS = 8;

  private static final IntrospectionScope SCOPE = IntrospectionScope.of("public", "billing");

  private final TestDatabase db;
  private final PostgresSqlRenderer renderer = new PostgresSqlRenderer();

  SchemaDiffOnPostgresTest(TestDatabase db) {
    this.db = db;
  }

  @Test
  void eachRandomStepUpgradesAndDowngradesToTheExactCatalogAndTheCatalogDiffsToNothingWithItself() throws Exception {
    try (Connection connection = db.connect()) {
      connection.setAutoCommit(false);
      for (long seed = 0; seed < SEEDS; seed++) {
        reset(connection);
        RandomModels random = new RandomModels(seed);
        SchemaModel before = random.model();
        List<Operation> creation = SchemaDiff.between(SchemaModel.empty(), before);
        String where = "seed " + seed + " initial model";
        run(connection, creation, where);
        assertCatalog(connection, before, where, creation);

        for (int step = 0; step < STEPS; step++) {
          SchemaModel after = random.evolve(before);
          List<Operation> upgrade = SchemaDiff.between(before, after);
          List<Operation> downgrade = Inverses.of(upgrade);
          where = "seed " + seed + " step " + step;

          run(connection, upgrade, where + " upgrade");
          assertCatalog(connection, after, where + " upgrade", upgrade);
          run(connection, downgrade, where + " downgrade");
          assertCatalog(connection, before, where + " downgrade", downgrade);
          run(connection, upgrade, where + " upgrade again");
          assertCatalog(connection, after, where + " upgrade again", upgrade);
          before = after;
        }

        List<Operation> teardown = SchemaDiff.between(before, SchemaModel.empty());
        where = "seed " + seed + " teardown";
        run(connection, teardown, where);
        assertCatalog(connection, SchemaModel.empty(), where, teardown);
      }
    }
  }

  /** The catalog holds {@code expected}, and diffs to nothing with itself and with {@code expected}. */
  private void assertCatalog(Connection connection, SchemaModel expected, String where, List<Operation> ops) {
    Introspection read = PostgresIntrospector.introspect(connection, SCOPE);
    SchemaModel actual = read.model();
    String context = where + "\nops:\n" + lines(ops);
    assertEquals(List.of(), read.warnings(), () -> context + "\nintrospection warnings");
    SchemaModel wanted = ignoringColumnOrder(expected);
    SchemaModel found = ignoringColumnOrder(actual);
    if (!wanted.equals(found)) {
      // The model records' own toString is one unreadable line; name what differs instead.
      fail(context + "\ncatalog differs from the model (expected vs actual):\n" + differences(wanted, found)
          + "operations from the catalog to the model:\n" + lines(SchemaDiff.between(actual, expected)));
    }
    assertEquals(List.of(), SchemaDiff.between(actual, actual), () -> context + "\ndiffing the catalog with itself");
    assertEquals(List.of(), SchemaDiff.between(actual, expected), () -> context + "\ndiffing the catalog with the model");
  }

  /** Runs the operations as SQL in one transaction, and commits it. */
  private void run(Connection connection, List<Operation> ops, String where) throws SQLException {
    String current = null;
    try (Statement statement = connection.createStatement()) {
      for (Operation op : ops) {
        for (String sql : renderer.render(op)) {
          current = sql;
          statement.execute(sql);
        }
      }
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      fail(where + ": PostgreSQL rejected\n" + current + "\nwith " + e.getMessage() + "\nops:\n" + lines(ops), e);
    }
  }

  /** Drops everything the previous seed left, in a transaction of its own. */
  private static void reset(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS billing CASCADE");
      statement.execute("DROP SCHEMA public CASCADE");
      statement.execute("CREATE SCHEMA public");
    }
    connection.commit();
  }

  private static String lines(List<Operation> ops) {
    return ops.stream().map(op -> "  " + op).collect(Collectors.joining("\n"));
  }
}
