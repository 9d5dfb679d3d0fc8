package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.introspect.PostgresIntrospector;
import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.model.SchemaModel;
import dev.retort.runtime.Catalog;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.Retort;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The server takes the session away mid-migration: it terminates the migrating backend
 * ({@code pg_terminate_backend}), or it restarts (an embedded PostgreSQL of the test's own, never
 * the shared server). Each time the migrator stops with one error naming the revision, the
 * database is at the revision before it with nothing of it applied, and a retry finishes.
 */
@PostgresTest
class SessionFaultsTest {

  private final TestDatabase db;

  SessionFaultsTest(TestDatabase db) {
    this.db = db;
  }

  @Test
  void aMigratingSessionTheServerTerminatesIsOneClearErrorAndARetryFinishes() throws Exception {
    Catalog.reset(db);
    List<Migration> migrations = LongMigrationFixture.migrations();
    CountDownLatch k2Started = new CountDownLatch(1);
    CompletableFuture<?> migrating = CompletableFuture.runAsync(() -> Retort.configure().dataSource(db.dataSource())
        .migrations(migrations).listener(startingOf("k2", k2Started)).migrate());
    assertTrue(k2Started.await(2, TimeUnit.MINUTES), "k2 started");
    int pid = awaitSession(db.dataSource(), "k2\\_t%");
    db.query("SELECT pg_terminate_backend(?)", rows -> rows.next(), pid);

    RetortException error = failure(migrating);
    assertEquals(Message.MIGRATION_FAILED, error.catalogEntry());
    assertTrue(error.getMessage().contains("Revision k2 (test k2) failed and was rolled back"), error.getMessage());
    assertTrue(error.getMessage().contains("terminating connection due to administrator command"), error.getMessage());
    assertAtRevisionThenRetryFinishes(db.dataSource(), migrations, "k1");
  }

  @Test
  void aServerRestartMidMigrationIsOneClearErrorAndARetryAfterItFinishes(@TempDir Path data) throws Exception {
    EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
        .setRegisterShutdownHook(true).setPGStartupWait(Duration.ofSeconds(60)).start();
    int port = server.getPort();
    try {
      DataSource dataSource = dataSource(port);
      List<Migration> migrations = LongMigrationFixture.migrations();
      CountDownLatch k2Started = new CountDownLatch(1);
      CompletableFuture<?> migrating = CompletableFuture.runAsync(() -> Retort.configure().dataSource(dataSource)
          .migrations(migrations).listener(startingOf("k2", k2Started)).migrate());
      assertTrue(k2Started.await(2, TimeUnit.MINUTES), "k2 started");
      awaitSession(dataSource, "k2\\_t%");
      server.close();

      RetortException error = failure(migrating);
      assertEquals(Message.MIGRATION_FAILED, error.catalogEntry(), error.getMessage());
      assertTrue(error.getMessage().contains("Revision k2 (test k2) failed and was rolled back"), error.getMessage());

      RetortException down = assertThrows(RetortException.class,
          () -> Retort.configure().dataSource(dataSource).migrations(migrations).migrate());
      assertEquals(Message.CONNECTION_FAILED, down.catalogEntry(), down.getMessage());

      server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
          .setRegisterShutdownHook(true).setPGStartupWait(Duration.ofSeconds(60)).start();
      assertAtRevisionThenRetryFinishes(dataSource, migrations, "k1");
    } finally {
      server.close();
    }
  }

  private static void assertAtRevisionThenRetryFinishes(DataSource dataSource, List<Migration> migrations, String at)
      throws Exception {
    HistoryChecks.awaitNoOtherSessions(dataSource);
    List<String> applied = HistoryChecks.assertConsistentPrefix(dataSource, migrations);
    assertEquals(at, applied.get(applied.size() - 1));
    assertEquals(LongMigrationFixture.schemaAt(at), schema(dataSource));
    Retort.configure().dataSource(dataSource).migrations(migrations).migrate();
    HistoryChecks.assertConsistent(dataSource, migrations);
    assertEquals(LongMigrationFixture.schemaAt("k3"), schema(dataSource));
  }

  private static MigrationListener startingOf(String revision, CountDownLatch latch) {
    return new MigrationListener() {
      @Override
      public void starting(String id, String message, int index, int total) {
        if (id.equals(revision)) {
          latch.countDown();
        }
      }
    };
  }

  /** The server process of the session whose current or last statement matches {@code like}, inside a transaction. */
  private static int awaitSession(DataSource dataSource, String like) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      List<String> pids = HistoryChecks.strings(dataSource, "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
          + " AND state IN ('active', 'idle in transaction') AND query ~ 'k[0-9]_t' AND query LIKE '%" + like + "'");
      if (!pids.isEmpty()) {
        return Integer.parseInt(pids.get(0));
      }
      Thread.sleep(2);
    }
    throw new AssertionError("no session ran " + like);
  }

  private static RetortException failure(CompletableFuture<?> migrating) throws Exception {
    ExecutionException failed = assertThrows(ExecutionException.class, () -> migrating.get(5, TimeUnit.MINUTES));
    assertTrue(failed.getCause() instanceof RetortException, () -> "not a RetortException: " + failed.getCause());
    return (RetortException) failed.getCause();
  }

  private static DataSource dataSource(int port) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL("jdbc:postgresql://localhost:" + port + "/postgres");
    dataSource.setUser("postgres");
    return dataSource;
  }

  private static SchemaModel schema(DataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      return PostgresIntrospector.introspect(connection).model();
    }
  }
}
