package dev.retort.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.runtime.Catalog;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.Retort;
import dev.retort.runtime.TestMigration;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PostgresTest
class AdvisoryLockTest {

  private final TestDatabase db;

  AdvisoryLockTest(TestDatabase db) {
    this.db = db;
  }

  @BeforeEach
  void startFromAnEmptyDatabase() throws Exception {
    Catalog.reset(db);
  }

  private Connection holdLock() throws Exception {
    Connection holder = db.connect();
    try (PreparedStatement statement = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
      statement.setLong(1, AdvisoryLock.keyOf("public.retort_history"));
      statement.execute();
    }
    return holder;
  }

  private Retort retort(Duration timeout) {
    return Retort.configure().dataSource(db.dataSource()).lockTimeout(timeout)
        .migrations(TestMigration.createTable("a", null, "t_a")).load();
  }

  @Test
  void aMigratorThatCannotGetTheLockInTimeStopsClearlyAndChangesNothing() throws Exception {
    try (Connection holder = holdLock()) {
      RetortException error = assertThrows(RetortException.class, () -> retort(Duration.ofMillis(300)).upgrade());
      assertEquals(Message.LOCK_TIMEOUT, error.catalogEntry());
      assertTrue(error.getMessage().contains("public.retort_history") && error.getMessage().contains("300 ms"), error.getMessage());
      assertEquals(List.of(), Catalog.strings(db, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
    }
  }

  @Test
  void aWaitingMigratorHearsWhichSessionHoldsTheLockAndHowLongItWillWait() throws Exception {
    try (Connection holder = holdLock(); Statement named = holder.createStatement()) {
      named.execute("SET application_name = 'nightly-import'");
      int pid;
      try (java.sql.ResultSet row = named.executeQuery("SELECT pg_backend_pid()")) {
        row.next();
        pid = row.getInt(1);
      }
      List<String> heard = new java.util.ArrayList<>();
      MigrationListener listener = new MigrationListener() {
        @Override
        public void waitingForLock(String scope, String who, Duration timeout) {
          heard.add(scope + " | " + who + " | " + timeout);
        }
      };
      Retort retort = Retort.configure().dataSource(db.dataSource()).lockTimeout(Duration.ofMillis(300)).listener(listener)
          .migrations(TestMigration.createTable("a", null, "t_a")).load();
      assertThrows(RetortException.class, retort::upgrade);
      assertEquals(1, heard.size(), heard.toString());
      String notice = heard.get(0);
      assertTrue(notice.startsWith("public.retort_history | session " + pid + " (user "), notice);
      assertTrue(notice.contains("application \"nightly-import\"") && notice.endsWith(" | PT0.3S"), notice);
      assertTrue(notice.contains("last query: SELECT pg_backend_pid()"), notice);
    }
  }

  @Test
  void aCrashedHolderReleasesTheLockWithItsConnection() throws Exception {
    Connection holder = holdLock();
    holder.close();
    assertEquals(List.of("a"), retort(Duration.ofSeconds(5)).upgrade().revisions());
  }

  @Test
  void aWaitingMigratorProceedsOnceTheHolderFinishes() throws Exception {
    Connection holder = holdLock();
    Thread release = new Thread(() -> {
      try {
        Thread.sleep(300);
        holder.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    release.start();
    assertEquals(List.of("a"), retort(Duration.ofSeconds(30)).upgrade().revisions());
    release.join();
  }

  @Test
  void theLockIsReleasedAfterEveryRunWhetherItSucceedsOrFails() throws Exception {
    retort(Duration.ofSeconds(5)).upgrade();
    assertThrows(RetortException.class, () -> Retort.configure().dataSource(db.dataSource())
        .migrations(TestMigration.of("a", null, op -> op.execute("SELECT broken"), op -> { })).load().upgrade());
    assertEquals(List.of("0"), Catalog.strings(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
  }

  @Test
  void timeoutsAreWrittenAsPeopleWriteThem() {
    assertEquals("300 ms", AdvisoryLock.readable(java.time.Duration.ofMillis(300)));
    assertEquals("90 s", AdvisoryLock.readable(java.time.Duration.ofSeconds(90)));
    assertEquals("10 min", AdvisoryLock.readable(java.time.Duration.ofMinutes(10)));
    assertEquals("1 h 30 min", AdvisoryLock.readable(java.time.Duration.ofMinutes(90)));
  }
}
