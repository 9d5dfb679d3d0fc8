package dev.retort.spring.boot.starter;

import dev.retort.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;

/** What the tests read back from the catalog and the history table. */
final class Schema {

  /** The revision ids of the first two migrations generated from the test entities. */
  static final String FIRST = "20261201_1000_create_vehicle";
  static final String SECOND = "20261201_1100_create_depot";

  private Schema() {}

  static List<String> tables(TestDatabase db, String schema) throws SQLException {
    return strings(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = ? ORDER BY 1", schema);
  }

  static List<String> history(TestDatabase db, String table) throws SQLException {
    return strings(db, "SELECT revision FROM " + table + " ORDER BY installed_rank");
  }

  static List<String> strings(TestDatabase db, String sql, Object... parameters) throws SQLException {
    return db.query(sql, rows -> {
      List<String> values = new java.util.ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }, parameters);
  }
}
