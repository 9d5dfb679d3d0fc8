package dev.retort.runtime.internal;

import static dev.retort.render.sql.PostgresIdentifiers.quote;

import dev.retort.migration.Migration;
import dev.retort.model.QualifiedName;
import dev.retort.ops.Operation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the INVALID indexes a {@code CREATE INDEX CONCURRENTLY} leaves behind when it does not
 * finish ({@code pg_index.indisvalid} false): unusable by queries, yet maintained on every write,
 * and in the way of a retry, which fails because the name is taken.
 */
final class InvalidIndexes {

  private InvalidIndexes() {}

  /** The indexes that {@code migration}'s upgrade builds concurrently, as SQL names, in its order. */
  static List<String> builtConcurrently(Migration migration) {
    List<String> names = new ArrayList<>();
    for (Operation operation : Migrator.collect(migration::upgrade)) {
      if (operation instanceof Operation.CreateIndex create && create.concurrently()) {
        names.add(quote(QualifiedName.of(create.table().schema(), create.index().name())));
      }
    }
    return names;
  }

  /** Those of {@code indexes} (SQL names, resolved on the connection's search path) that exist and are INVALID. */
  static List<String> among(Connection connection, List<String> indexes) throws SQLException {
    List<String> invalid = new ArrayList<>();
    if (indexes.isEmpty()) {
      return invalid;
    }
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT NOT i.indisvalid FROM pg_index i WHERE i.indexrelid = to_regclass(?)")) {
      for (String index : indexes) {
        statement.setString(1, index);
        try (ResultSet rows = statement.executeQuery()) {
          if (rows.next() && rows.getBoolean(1)) {
            invalid.add(index);
          }
        }
      }
    }
    return invalid;
  }
}
