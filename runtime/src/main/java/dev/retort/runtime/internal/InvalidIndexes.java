package dev.retort.runtime.internal;

import static dev.retort.render.sql.PostgresIdentifiers.quote;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationFacts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the INVALID indexes a {@code CREATE INDEX CONCURRENTLY} leaves behind when it does not
 * finish ({@code pg_index.indisvalid} false): unusable by queries, yet maintained on every write,
 * and in the way of a retry, which fails because the name is taken.
 */
final class InvalidIndexes {

  private InvalidIndexes() {}

  /** The indexes that {@code migration}'s upgrade builds concurrently, as SQL names, in its order. */
  static List<String> builtConcurrently(Migration migration) {
    return builtConcurrently(Operations.recordedBy(migration::upgrade));
  }

  /** The indexes that {@code operations} build concurrently, as SQL names, in their order. */
  static List<String> builtConcurrently(List<Operation> operations) {
    List<String> names = new ArrayList<>();
    for (Operation operation : operations) {
      OperationFacts.Facts facts = OperationFacts.of(operation);
      if (facts.concurrently() && facts.buildsIndex()) {
        names.add(quote(facts.concurrentIndex()));
      }
    }
    return names;
  }

  /** Those of {@code indexes} (SQL names, resolved on the connection's search path) that exist and are INVALID. */
  static List<String> among(Connection connection, List<String> indexes) throws SQLException {
    List<String> invalid = new ArrayList<>();
    validity(connection, indexes).forEach((index, valid) -> {
      if (!valid) {
        invalid.add(index);
      }
    });
    return invalid;
  }

  /** Whether all of {@code indexes}, at least one, exist and are valid. */
  static boolean allValid(Connection connection, List<String> indexes) throws SQLException {
    Map<String, Boolean> validity = validity(connection, indexes);
    return !indexes.isEmpty() && validity.size() == indexes.size() && !validity.containsValue(false);
  }

  /** For each of {@code indexes} that exists, whether it is valid, in the given order. */
  private static Map<String, Boolean> validity(Connection connection, List<String> indexes) throws SQLException {
    Map<String, Boolean> validity = new LinkedHashMap<>();
    if (indexes.isEmpty()) {
      return validity;
    }
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT i.indisvalid FROM pg_index i WHERE i.indexrelid = to_regclass(?)")) {
      for (String index : indexes) {
        statement.setString(1, index);
        try (ResultSet rows = statement.executeQuery()) {
          if (rows.next()) {
            validity.put(index, rows.getBoolean(1));
          }
        }
      }
    }
    return validity;
  }
}
