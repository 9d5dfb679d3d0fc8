package dev.retort.runtime;

import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Small catalog queries that tests assert on. */
public final class Catalog {

  private Catalog() {}

  /** Resets the default schema to empty, so each test starts from a clean database. */
  public static void reset(TestDatabase db) throws SQLException {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
      statement.execute("CREATE SCHEMA public");
      try (ResultSet rows = statement.executeQuery(
          "SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('public', 'information_schema') AND nspname NOT LIKE 'pg\\_%'")) {
        List<String> others = new ArrayList<>();
        while (rows.next()) {
          others.add(rows.getString(1));
        }
        for (String schema : others) {
          statement.execute("DROP SCHEMA \"" + schema.replace("\"", "\"\"") + "\" CASCADE");
        }
      }
    }
  }

  /** The tables of the default schema, sorted, the history table excluded. */
  public static List<String> tables(TestDatabase db) throws SQLException {
    return strings(db, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        + " AND tablename <> 'retort_history' ORDER BY tablename");
  }

  /** The revisions in the history table in applied order. */
  public static List<String> history(TestDatabase db) throws SQLException {
    return strings(db, "SELECT revision FROM retort_history ORDER BY installed_rank");
  }

  /** The first column of every row of a query, as text. */
  public static List<String> strings(TestDatabase db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = db.connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
