package dev.retort.runtime;

import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A migration statement that waits behind another session's transaction gives up after its lock
 * wait timeout, so the application's queries queued behind it go on, and its revision runs again.
 */
@PostgresTest
class LockWaitTest {

  private static final Migration A = TestMigration.createTable("a", null, "t_a");
  private static final Migration B_ADDS_A_COLUMN = TestMigration.of("b", "a",
      op -> op.addColumn("t_a", column("note", text())).execute("CREATE TABLE t_side (id bigint)"),
      op -> op.execute("DROP TABLE t_side").dropColumn("t_a", column("note", text())));

  private final TestDatabase db;
  private Connection blocker;

  LockWaitTest(TestDatabase db) {
    this.db = db;
  }

  @BeforeEach
  void startWithTableAApplied() throws Exception {
    Catalog.reset(db);
    Retort.configure().dataSource(db.dataSource()).migrations(A).migrate();
  }

  @AfterEach
  void endTheBlockingTransaction() throws SQLException {
    if (blocker != null) {
      blocker.close();
    }
  }

  /** Another session reads {@code table} in an open transaction: it holds ACCESS SHARE until it commits. */
  private int blockWithAnOpenTransactionOn(String table) throws SQLException {
    blocker = db.connect();
    blocker.setAutoCommit(false);
    try (Statement statement = blocker.createStatement()) {
      statement.executeQuery("SELECT count(*) FROM " + table).close();
      try (ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  private record Retry(String revision, int retry, int retries, Duration backoff, String waitedFor) {}

  private static final class Retries implements MigrationListener {
    final List<Retry> seen = new CopyOnWriteArrayList<>();
    final CountDownLatch first = new CountDownLatch(1);

    @Override
    public void retrying(String revision, int retry, int retries, Duration backoff, String waitedFor) {
      seen.add(new Retry(revision, retry, retries, backoff, waitedFor));
      first.countDown();
    }
  }

  @Test
  void aBlockedAlterTableTimesOutRetriesAndSucceedsOnceTheBlockerCommitsWhileTheApplicationsQueriesGoOn()
      throws Exception {
    int blockerPid = blockWithAnOpenTransactionOn("t_a");
    Retries retries = new Retries();
    CompletableFuture<MigrationReport> migration = CompletableFuture.supplyAsync(() -> Retort.configure()
        .dataSource(db.dataSource()).migrations(A, B_ADDS_A_COLUMN)
        .lockWaitTimeout(Duration.ofMillis(500)).lockRetries(3).listener(retries).migrate());

    awaitAlterWaitingFor("t_a");
    // The application's query queues behind the waiting ALTER TABLE; it must not wait for the blocker.
    long started = System.nanoTime();
    try (Connection application = db.connect(); Statement query = application.createStatement()) {
      query.setQueryTimeout(60);
      query.executeQuery("SELECT count(*) FROM t_a").close();
    }
    Duration queryWaited = Duration.ofNanos(System.nanoTime() - started);
    assertTrue(queryWaited.compareTo(Duration.ofSeconds(10)) < 0,
        "the application's SELECT waited " + queryWaited + " behind a migration whose lock wait is 500ms");

    assertTrue(retries.first.await(30, TimeUnit.SECONDS), "no retry was reported");
    blocker.commit();
    MigrationReport report = migration.get(60, TimeUnit.SECONDS);

    assertEquals(List.of("b"), report.revisions());
    assertEquals(List.of("a", "b"), Catalog.history(db));
    assertEquals(List.of("note"), Catalog.strings(db,
        "SELECT column_name FROM information_schema.columns WHERE table_name = 't_a' AND column_name = 'note'"));
    Retry first = retries.seen.get(0);
    assertEquals("b", first.revision());
    assertEquals(1, first.retry());
    assertEquals(3, first.retries());
    assertEquals(Duration.ofSeconds(1), first.backoff());
    assertTrue(first.waitedFor().contains("t_a") && first.waitedFor().contains("held by session " + blockerPid),
        first.waitedFor());
  }

  @Test
  void exhaustingTheRetriesFailsNamingTheRevisionTheTableAndTheBlockerAndChangesNothing() throws Exception {
    int blockerPid = blockWithAnOpenTransactionOn("t_a");
    Retries retries = new Retries();

    RetortException error = assertThrows(RetortException.class, () -> Retort.configure()
        .dataSource(db.dataSource()).migrations(A, B_ADDS_A_COLUMN)
        .lockWaitTimeout(Duration.ofMillis(300)).lockRetries(1).listener(retries).migrate());
    blocker.commit();

    assertEquals(Message.LOCK_WAIT_EXHAUSTED, error.catalogEntry());
    String text = error.getMessage();
    assertTrue(text.startsWith("RTR-504 Revision b (test b) could not get a lock within 300ms in 2 attempt(s) on t_a"),
        text);
    assertTrue(text.contains("held by session " + blockerPid) && text.contains("ALTER TABLE")
        && text.contains("pg_terminate_backend") && text.contains("--lock-wait-timeout"), text);
    assertEquals(1, retries.seen.size());
    assertEquals(List.of("a"), Catalog.history(db));
    assertEquals(List.of("t_a"), Catalog.tables(db));
    assertEquals(List.of(), Catalog.strings(db,
        "SELECT column_name FROM information_schema.columns WHERE table_name = 't_a' AND column_name = 'note'"));
  }

  @Test
  void aNonTransactionalRevisionWhoseFirstStatementTimesOutIsRetriedBecauseNothingOfItRan() throws Exception {
    blockWithAnOpenTransactionOn("t_a");
    Migration nonTransactional = TestMigration.of("b", "a",
        op -> op.addColumn("t_a", column("note", text())).execute("CREATE TABLE t_side (id bigint)"),
        op -> { }).nonTransactional();
    Retries retries = new Retries();
    CompletableFuture<MigrationReport> migration = CompletableFuture.supplyAsync(() -> Retort.configure()
        .dataSource(db.dataSource()).migrations(A, nonTransactional)
        .lockWaitTimeout(Duration.ofMillis(300)).lockRetries(2).listener(retries).migrate());

    assertTrue(retries.first.await(30, TimeUnit.SECONDS), "no retry was reported");
    blocker.commit();

    assertEquals(List.of("b"), migration.get(60, TimeUnit.SECONDS).revisions());
    assertEquals(List.of("t_a", "t_side"), Catalog.tables(db));
    assertEquals(List.of("a|true", "b|true"), Catalog.strings(db,
        "SELECT revision || '|' || success FROM retort_history ORDER BY revision"));
  }

  @Test
  void aNonTransactionalRevisionBlockedAfterItsFirstStatementIsNotRetriedBecauseThatStatementStaysApplied()
      throws Exception {
    db.execute("CREATE TABLE t_hot (id bigint)");
    blockWithAnOpenTransactionOn("t_hot");
    Migration nonTransactional = TestMigration.of("b", "a",
        op -> op.execute("CREATE TABLE t_side (id bigint)").addColumn("t_hot", column("note", text())),
        op -> { }).nonTransactional();

    RetortException error = assertThrows(RetortException.class, () -> Retort.configure()
        .dataSource(db.dataSource()).migrations(A, nonTransactional)
        .lockWaitTimeout(Duration.ofMillis(300)).lockRetries(3).migrate());
    blocker.commit();

    assertEquals(Message.NON_TRANSACTIONAL_MIGRATION_FAILED, error.catalogEntry());
    assertTrue(error.getMessage().contains("lock timeout"), error.getMessage());
    assertEquals(List.of("b|false"), Catalog.strings(db, "SELECT revision || '|' || success FROM retort_history"
        + " WHERE revision = 'b'"));
    assertEquals(List.of("t_a", "t_hot", "t_side"), Catalog.tables(db));
  }

  @Test
  void anOnlineRevisionBlockedAfterItsFirstConstraintIsRetriedAndResumesWithoutAddingItAgain() throws Exception {
    db.execute("CREATE TABLE t_hot (id bigint)");
    int blockerPid = blockWithAnOpenTransactionOn("t_hot");
    Migration checks = TestMigration.of("b", "a", op -> op
        .addCheckOnline("t_a", "ck_t_a_id", "(id > 0)")
        .addCheckOnline("t_hot", "ck_t_hot_id", "(id > 0)"), op -> { }).nonTransactional();
    Retries retries = new Retries();
    CompletableFuture<MigrationReport> migration = CompletableFuture.supplyAsync(() -> Retort.configure()
        .dataSource(db.dataSource()).migrations(A, checks)
        .lockWaitTimeout(Duration.ofMillis(300)).lockRetries(3).listener(retries).migrate());

    assertTrue(retries.first.await(30, TimeUnit.SECONDS), "no retry was reported");
    blocker.commit();

    assertEquals(List.of("b"), migration.get(60, TimeUnit.SECONDS).revisions());
    assertEquals(List.of("a|true", "b|true"), Catalog.strings(db,
        "SELECT revision || '|' || success FROM retort_history ORDER BY revision"));
    assertEquals(List.of("ck_t_a_id|true", "ck_t_hot_id|true"), Catalog.strings(db,
        "SELECT conname || '|' || convalidated FROM pg_constraint WHERE contype = 'c' AND conname LIKE 'ck_%' ORDER BY conname"));
    Retry first = retries.seen.get(0);
    assertEquals("b", first.revision());
    assertTrue(first.waitedFor().contains("t_hot") && first.waitedFor().contains("held by session " + blockerPid),
        first.waitedFor());
  }

  @Test
  void anOnlineRevisionStillBlockedAfterItsLastRetryIsRecordedAsFailedAndTheNextRunResumesIt() throws Exception {
    db.execute("CREATE TABLE t_hot (id bigint)");
    blockWithAnOpenTransactionOn("t_hot");
    Migration checks = TestMigration.of("b", "a", op -> op
        .addCheckOnline("t_a", "ck_t_a_id", "(id > 0)")
        .addCheckOnline("t_hot", "ck_t_hot_id", "(id > 0)"), op -> { }).nonTransactional();

    RetortException error = assertThrows(RetortException.class, () -> Retort.configure()
        .dataSource(db.dataSource()).migrations(A, checks)
        .lockWaitTimeout(Duration.ofMillis(200)).lockRetries(1).migrate());
    assertEquals(Message.ONLINE_MIGRATION_STOPPED, error.catalogEntry());
    assertTrue(error.getMessage().contains("ck_t_hot_id") && error.getMessage().contains("lock timeout"),
        error.getMessage());
    assertEquals(List.of("b|false"), Catalog.strings(db,
        "SELECT revision || '|' || success FROM retort_history WHERE revision = 'b'"));
    blocker.commit();

    assertEquals(List.of("b"), Retort.configure().dataSource(db.dataSource()).migrations(A, checks)
        .lockWaitTimeout(Duration.ofMillis(200)).migrate().revisions());
    assertEquals(List.of("ck_t_a_id|true", "ck_t_hot_id|true"), Catalog.strings(db,
        "SELECT conname || '|' || convalidated FROM pg_constraint WHERE contype = 'c' AND conname LIKE 'ck_%'"
            + " ORDER BY conname"));
  }

  @Test
  void anOnlineUniqueConstraintsIndexBuildWaitsForOlderTransactionsBeyondTheProjectsLockWait() throws Exception {
    db.execute("CREATE TABLE t_hot (id bigint)");
    db.execute("INSERT INTO t_hot SELECT generate_series(1, 1000)");
    blockWithAnOpenTransactionOn("t_hot");
    Migration unique = TestMigration.of("b", "a", op -> op.addUniqueOnline("t_hot", "uk_t_hot_id", "id"),
        op -> { }).nonTransactional();
    CompletableFuture<MigrationReport> migration = CompletableFuture.supplyAsync(() -> Retort.configure()
        .dataSource(db.dataSource()).migrations(A, unique)
        .lockWaitTimeout(Duration.ofMillis(100)).lockRetries(0).migrate());

    Thread.sleep(1000);
    assertFalse(migration.isDone(), "the concurrent build waits for the open transaction");
    blocker.commit();

    assertEquals(List.of("b"), migration.get(60, TimeUnit.SECONDS).revisions());
    assertEquals(List.of("uk_t_hot_id|u|true"), Catalog.strings(db, "SELECT c.conname || '|' || c.contype::text || '|'"
        + " || i.indisvalid FROM pg_constraint c JOIN pg_index i ON i.indexrelid = c.conindid"
        + " WHERE c.conrelid = 't_hot'::regclass"));
  }

  @Test
  void aRevisionsOwnLockWaitTimeoutOverridesTheProjectsAndOutwaitsAShortTransaction() throws Exception {
    blockWithAnOpenTransactionOn("t_a");
    TestMigration b = (TestMigration) B_ADDS_A_COLUMN;
    Migration patient = new TestMigration(b.revision().lockWaitTimeout(Duration.ofSeconds(30)), b.up(), b.down());
    CompletableFuture<MigrationReport> migration = CompletableFuture.supplyAsync(() -> Retort.configure()
        .dataSource(db.dataSource()).migrations(A, patient)
        .lockWaitTimeout(Duration.ofMillis(100)).lockRetries(0).migrate());

    awaitAlterWaitingFor("t_a");
    Thread.sleep(500);
    blocker.commit();

    assertEquals(List.of("b"), migration.get(60, TimeUnit.SECONDS).revisions());
    assertEquals(List.of("a", "b"), Catalog.history(db));
  }

  @Test
  void aConcurrentIndexBuildWaitsForOlderTransactionsBeyondTheProjectsLockWaitInsteadOfLeavingAnInvalidIndex()
      throws Exception {
    blockWithAnOpenTransactionOn("t_a");
    Migration index = TestMigration.of("b", "a",
        op -> op.createIndexConcurrently("t_a", dev.retort.migration.Definitions.index("ix_t_a_id", "id")),
        op -> { }).nonTransactional();
    CompletableFuture<MigrationReport> migration = CompletableFuture.supplyAsync(() -> Retort.configure()
        .dataSource(db.dataSource()).migrations(A, index)
        .lockWaitTimeout(Duration.ofMillis(100)).lockRetries(0).migrate());

    Thread.sleep(1000);
    blocker.commit();

    assertEquals(List.of("b"), migration.get(60, TimeUnit.SECONDS).revisions());
    assertEquals(List.of("true"), Catalog.strings(db,
        "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'ix_t_a_id'::regclass"));
  }

  @Test
  void aStatementTimeoutStopsAStatementThatRunsTooLongAndRollsItsRevisionBack() throws Exception {
    Migration slow = TestMigration.of("b", "a",
        op -> op.execute("CREATE TABLE t_side (id bigint)").execute("SELECT pg_sleep(30)"), op -> { });

    RetortException error = assertThrows(RetortException.class, () -> Retort.configure()
        .dataSource(db.dataSource()).migrations(A, slow).statementTimeout(Duration.ofMillis(300)).migrate());

    assertEquals(Message.MIGRATION_FAILED, error.catalogEntry());
    assertTrue(error.getMessage().contains("statement timeout"), error.getMessage());
    assertEquals(List.of("a"), Catalog.history(db));
    assertEquals(List.of("t_a"), Catalog.tables(db));
  }

  /** Waits until a session waits for a lock on {@code table} that another holds. */
  private void awaitAlterWaitingFor(String table) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!Catalog.strings(db, "SELECT pid::text FROM pg_locks WHERE NOT granted AND relation = '" + table
          + "'::regclass").isEmpty()) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no session started waiting for a lock on " + table);
  }
}
