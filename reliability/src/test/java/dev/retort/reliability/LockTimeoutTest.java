package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Category;
import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.runtime.Catalog;
import dev.retort.runtime.Retort;
import dev.retort.runtime.TestMigration;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A second migrator that cannot get the lock within its timeout stops with one clear error and
 * changes nothing, while the first is still migrating; once the first is done, it succeeds.
 */
@PostgresTest
class LockTimeoutTest {

  private final TestDatabase db;

  LockTimeoutTest(TestDatabase db) {
    this.db = db;
  }

  @Test
  void aMigratorThatCannotGetTheLockInTimeStopsClearlyAndChangesNothing() throws Exception {
    Catalog.reset(db);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Migration slow = TestMigration.of("s1", null, op -> op.run("wait for the test", connection -> {
      holding.countDown();
      try {
        release.await(5, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }), op -> { });
    Migration next = TestMigration.createTable("s2", "s1", "t_next");
    CompletableFuture<?> first = CompletableFuture.runAsync(
        () -> Retort.configure().dataSource(db.dataSource()).migrations(slow).migrate());
    try {
      assertTrue(holding.await(2, TimeUnit.MINUTES), "the first migrator is migrating");
      List<String> before = state();

      RetortException error = assertThrows(RetortException.class, () -> Retort.configure().dataSource(db.dataSource())
          .migrations(slow, next).lockTimeout(Duration.ofSeconds(1)).migrate());

      assertEquals(Message.LOCK_TIMEOUT, error.catalogEntry());
      assertEquals(Category.CONNECTION, error.category());
      assertTrue(error.getMessage().contains("Another migrator has held the migration lock on public.retort_history"),
          error.getMessage());
      assertTrue(error.getMessage().contains("raise lockTimeout"), error.getMessage());
      assertEquals(before, state(), "the second migrator changed nothing");
    } finally {
      release.countDown();
    }
    first.get(2, TimeUnit.MINUTES);
    assertEquals(List.of("s2"), Retort.configure().dataSource(db.dataSource()).migrations(slow, next)
        .lockTimeout(Duration.ofSeconds(1)).migrate().revisions());
  }

  /** The tables of the schema and the committed history rows. */
  private List<String> state() throws Exception {
    return Catalog.strings(db, "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'"
        + " UNION ALL SELECT string_agg(revision, ',') FROM retort_history");
  }
}
