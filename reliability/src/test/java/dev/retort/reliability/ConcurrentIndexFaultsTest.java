package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.runtime.Catalog;
import dev.retort.runtime.MigratorProcess;
import dev.retort.runtime.Retort;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A non-transactional revision that builds an index CONCURRENTLY and does not finish (it fails on
 * the data, its session is ended by the server, or its migrator is killed) is never taken as
 * applied: the next boot names what was left behind and the statements that recover, and after
 * them a boot succeeds.
 */
@PostgresTest
class ConcurrentIndexFaultsTest {

  private final TestDatabase db;

  ConcurrentIndexFaultsTest(TestDatabase db) {
    this.db = db;
  }

  @BeforeEach
  void startFromAnEmptyDatabase() throws Exception {
    Catalog.reset(db);
  }

  private Retort retort(List<Migration> migrations) {
    return Retort.configure().dataSource(db.dataSource()).migrations(migrations).load();
  }

  @Test
  void aConcurrentIndexThatFailsMidwayIsNamedAtTheNextBootWithTheStatementsThatRecover() throws Exception {
    List<Migration> failing = ConcurrentIndexFixture.failingMigrations();
    RetortException first = assertThrows(RetortException.class, () -> retort(failing).upgrade());
    assertEquals(Message.NON_TRANSACTIONAL_MIGRATION_FAILED, first.catalogEntry());
    assertTrue(first.getMessage().contains("could not create unique index"), first.getMessage());
    assertIndexValid(false);
    assertEquals(List.of("n0 true", "n1 false"), history());

    RetortException next = assertThrows(RetortException.class, () -> retort(failing).upgrade());
    assertEquals(Message.FAILED_REVISION_LEFT_INVALID_INDEX, next.catalogEntry());
    assertTrue(next.getMessage().contains("DROP INDEX CONCURRENTLY ix_big_v;"), next.getMessage());
    assertTrue(next.getMessage().contains("DELETE FROM retort_history WHERE revision = 'n1';"), next.getMessage());
    assertEquals(List.of("n0 true", "n1 false"), history());

    db.execute("DROP INDEX CONCURRENTLY ix_big_v");
    db.execute("UPDATE big SET v = -id WHERE v = 0");
    db.execute("DELETE FROM retort_history WHERE revision = 'n1'");
    assertEquals(List.of("n1"), retort(failing).upgrade().revisions());
    assertIndexValid(true);
    HistoryChecks.assertConsistent(db, failing);
  }

  @Test
  void anIndexBuildWhoseSessionTheServerEndsIsNamedAtTheNextBoot() throws Exception {
    List<Migration> migrations = ConcurrentIndexFixture.migrations();
    retort(migrations).upgrade("n0");
    CompletableFuture<Void> migrating;
    try (Connection snapshot = holdASnapshot()) {
      migrating = CompletableFuture.runAsync(() -> retort(migrations).upgrade());
      int pid = awaitIndexBuildWaiting();
      db.query("SELECT pg_terminate_backend(?)", rows -> rows.next(), pid);
      ExecutionException failed = assertThrows(ExecutionException.class, () -> migrating.get(5, TimeUnit.MINUTES));
      RetortException error = (RetortException) failed.getCause();
      assertEquals(Message.NON_TRANSACTIONAL_MIGRATION_FAILED, error.catalogEntry());
      assertTrue(error.getMessage().contains("Revision n1 (test n1) failed midway"), error.getMessage());
      assertTrue(error.getMessage().contains("terminating connection due to administrator command"), error.getMessage());
    }
    assertIndexValid(false);
    RetortException next = assertThrows(RetortException.class, () -> retort(migrations).upgrade());
    assertEquals(Message.FAILED_REVISION_LEFT_INVALID_INDEX, next.catalogEntry());

    db.execute("DROP INDEX CONCURRENTLY ix_big_v");
    db.execute("DELETE FROM retort_history WHERE revision = 'n1'");
    assertEquals(List.of("n1"), retort(migrations).upgrade().revisions());
    assertIndexValid(true);
    HistoryChecks.assertConsistent(db, migrations);
  }

  @Test
  void aMigratorKilledDuringAConcurrentIndexBuildLeavesItRecordedAsFailedAndTheNextBootFinishesItKeepingTheIndex()
      throws Exception {
    List<Migration> migrations = ConcurrentIndexFixture.migrations();
    retort(migrations).upgrade("n0");
    try (Connection snapshot = holdASnapshot();
        ChildJvm child = ChildJvm.start(List.of("-Xmx64m"), MigratorProcess.class, db.jdbcUrl(), db.user(), "-",
            db.password(), ConcurrentIndexFixture.class.getName())) {
      assertNotNull(child.await("READY"::equals), child::output);
      child.send("GO");
      awaitIndexBuildWaiting();
      child.kill();
      assertEquals(List.of("n0 true", "n1 false"), history());
    }
    // The server finishes the build of the dead client once the old snapshot is gone.
    HistoryChecks.awaitNoOtherSessions(db);
    assertIndexValid(true);
    List<String> built = Catalog.strings(db,
        "SELECT to_regclass('" + ConcurrentIndexFixture.INDEX + "')::oid::text");

    // A revision made only of online forms resumes: the finished index is kept, the revision recorded.
    assertEquals(List.of("n1"), retort(migrations).upgrade().revisions());

    assertEquals(built, Catalog.strings(db, "SELECT to_regclass('" + ConcurrentIndexFixture.INDEX + "')::oid::text"),
        "the index the dead migrator's build finished is the one kept");
    assertIndexValid(true);
    assertEquals(List.of("n0 true", "n1 true"), history());
    HistoryChecks.assertConsistent(db, migrations);
  }

  /**
   * A session in a repeatable-read transaction that has taken its snapshot: CREATE INDEX
   * CONCURRENTLY waits for it to end, which holds the build still for as long as the test needs.
   */
  private Connection holdASnapshot() throws Exception {
    Connection connection = db.connect();
    connection.setAutoCommit(false);
    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT count(*) FROM big");
    }
    return connection;
  }

  /** The server process of the index build, once it waits for the old snapshot. */
  private int awaitIndexBuildWaiting() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      Integer pid = db.query("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
          + " AND query LIKE 'CREATE INDEX CONCURRENTLY%' AND wait_event_type = 'Lock'",
          rows -> rows.next() ? rows.getInt(1) : null);
      if (pid != null) {
        return pid;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the index build never started waiting");
  }

  private void assertIndexValid(boolean valid) throws Exception {
    assertEquals(List.of(Boolean.toString(valid)), Catalog.strings(db,
        "SELECT indisvalid::text FROM pg_index WHERE indexrelid = to_regclass('" + ConcurrentIndexFixture.INDEX + "')"));
  }

  private List<String> history() throws Exception {
    return Catalog.strings(db, "SELECT revision || ' ' || success FROM retort_history ORDER BY installed_rank");
  }
}
