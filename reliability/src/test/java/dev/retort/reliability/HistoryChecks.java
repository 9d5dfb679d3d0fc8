package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.migration.Migration;
import dev.retort.runtime.tooling.Checksums;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Assertions on the history table and the migration lock after migrators ran, crashed or raced. */
final class HistoryChecks {

  private HistoryChecks() {}

  /**
   * The history holds exactly the revisions of {@code migrations}, each once, applied successfully,
   * parents before children, ranks 1..n without a gap, with the parents and checksums of the code;
   * and once the migrators' sessions are gone, nobody holds the migration lock.
   */
  static void assertConsistent(TestDatabase db, List<Migration> migrations) throws Exception {
    assertConsistent(db.dataSource(), migrations);
  }

  /** As {@link #assertConsistent(TestDatabase, List)}, for a database given by a DataSource. */
  static void assertConsistent(DataSource db, List<Migration> migrations) throws Exception {
    List<String> expected = migrations.stream().map(m -> m.revision().id()).sorted().toList();
    List<String> applied = assertConsistentPrefix(db, migrations);
    assertEquals(expected, applied.stream().sorted().toList(), "every revision applied exactly once");
  }

  /**
   * The history is a consistent prefix of {@code migrations}: every row succeeded, names a revision
   * of the code whose parents are all recorded before it, with the code's checksum, ranks without
   * gaps; no advisory lock is held once other sessions are gone. Returns the recorded revisions.
   */
  static List<String> assertConsistentPrefix(TestDatabase db, List<Migration> migrations) throws Exception {
    return assertConsistentPrefix(db.dataSource(), migrations);
  }

  /** As {@link #assertConsistentPrefix(TestDatabase, List)}, for a database given by a DataSource. */
  static List<String> assertConsistentPrefix(DataSource db, List<Migration> migrations) throws Exception {
    Map<String, Migration> byId = migrations.stream().collect(Collectors.toMap(m -> m.revision().id(), Function.identity()));
    List<String> applied = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT installed_rank, revision, parents, checksum, operation, success FROM retort_history ORDER BY installed_rank")) {
      int rank = 0;
      while (rows.next()) {
        rank++;
        String revision = rows.getString(2);
        assertEquals(rank, rows.getInt(1), "installed_rank without gaps at " + revision);
        Migration migration = byId.get(revision);
        assertTrue(migration != null, "history names revision " + revision + ", which the code has");
        assertEquals(String.join(",", migration.revision().parents()), rows.getString(3), "parents of " + revision);
        for (String parent : migration.revision().parents()) {
          assertTrue(seen.contains(parent), "parent " + parent + " recorded before " + revision);
        }
        assertEquals(Checksums.of(migration), rows.getString(4), "checksum of " + revision);
        assertEquals("upgrade", rows.getString(5), "operation of " + revision);
        assertTrue(rows.getBoolean(6), revision + " recorded as succeeded");
        assertTrue(seen.add(revision), revision + " recorded once");
        applied.add(revision);
      }
    }
    assertLockFree(db);
    return applied;
  }

  /** Once every other session of the database has ended, no advisory lock is held in it. */
  static void assertLockFree(DataSource db) throws Exception {
    awaitNoOtherSessions(db);
    assertEquals(List.of("0"), strings(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
        + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
  }

  /**
   * Waits until no other session is connected to the database: a killed client's server process
   * ends only when it notices, after the statement it was running.
   */
  static void awaitNoOtherSessions(TestDatabase db) throws SQLException, InterruptedException {
    awaitNoOtherSessions(db.dataSource());
  }

  /** As {@link #awaitNoOtherSessions(TestDatabase)}, for a database given by a DataSource. */
  static void awaitNoOtherSessions(DataSource db) throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (true) {
      List<String> others = strings(db, "SELECT pid || ' ' || state || ' ' || left(query, 80) FROM pg_stat_activity"
          + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
      if (others.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("sessions of dead migrators are still connected after 2 minutes: " + others);
      }
      Thread.sleep(20);
    }
  }

  /** The first column of every row of a query, as text. */
  static List<String> strings(DataSource db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
