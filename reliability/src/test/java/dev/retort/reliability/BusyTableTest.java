package dev.retort.reliability;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.foreignKey;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.integer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.render.sql.PostgresSqlRenderer;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.Retort;
import dev.retort.runtime.TestMigration;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Each kind of change an online plan covers, applied to a table with rows while writers on other
 * connections insert and update it at a steady rate: in its plain form (the DDL in one transaction,
 * without a lock timeout, as a tool that runs what was written does) and in Retort's online form,
 * run by Retort's runtime with its lock wait and retries; on a quiet table and behind a long
 * transaction that holds a lock on it. It reports the writers' 99th percentile and longest latency
 * while the change ran, and their errors; it asserts behaviour only: Retort's forms cause no writer
 * error, and behind the long transaction the forms whose first statement needs a lock that the
 * transaction holds give up at the lock wait and retry. At the CI size only Retort's forms run; the
 * full size ({@code -Preliability-full}, a million rows) runs both, the figures of docs/reliability.md.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BusyTableTest {

  private static final int ROWS = Size.of(10_000, 1_000_000);
  private static final int CUSTOMERS = 1_000;
  private static final int WRITERS = 4;
  /** Writes per second of each writer. */
  private static final int RATE = 50;
  private static final Duration LOCK_WAIT = Duration.ofMillis(Size.of(300, 2_000));
  private static final int LOCK_RETRIES = 5;
  private static final Duration LONG_TRANSACTION = Duration.ofMillis(Size.of(1_000, 5_000));
  /** How long the writers run before and after the change. */
  private static final Duration SETTLE = Duration.ofMillis(Size.of(300, 1_000));

  private final TestDatabase db;
  private final List<String> table = new ArrayList<>();
  private int typeChanges;
  /** The last id a writer inserted, above the table's rows. */
  private final AtomicLong insertedId = new AtomicLong(ROWS);

  BusyTableTest(TestDatabase db) {
    this.db = db;
  }

  /** The kinds of change, each with its plain and online form and the statements that undo it. */
  private enum Change {
    INDEX("create index", (op, n) -> op.createIndex("accounts", index("ix_accounts_customer", "customer_id")),
        (op, n) -> op.createIndexConcurrently("accounts", index("ix_accounts_customer", "customer_id")),
        n -> "DROP INDEX IF EXISTS ix_accounts_customer", false),
    UNIQUE("unique constraint", (op, n) -> op.addUnique("accounts", "uk_accounts_email", "email"),
        (op, n) -> op.addUniqueOnline("accounts", "uk_accounts_email", "email"),
        n -> "ALTER TABLE accounts DROP CONSTRAINT IF EXISTS uk_accounts_email", false),
    FOREIGN_KEY("foreign key",
        (op, n) -> op.addForeignKey("accounts", foreignKey("fk_accounts_customer", "customer_id").references("customers", "id")),
        (op, n) -> op.addForeignKeyOnline("accounts",
            foreignKey("fk_accounts_customer", "customer_id").references("customers", "id")),
        n -> "ALTER TABLE accounts DROP CONSTRAINT IF EXISTS fk_accounts_customer", true),
    CHECK("check", (op, n) -> op.addCheck("accounts", "ck_accounts_balance", "(balance >= 0)"),
        (op, n) -> op.addCheckOnline("accounts", "ck_accounts_balance", "(balance >= 0)"),
        n -> "ALTER TABLE accounts DROP CONSTRAINT IF EXISTS ck_accounts_balance", true),
    SET_NOT_NULL("SET NOT NULL", (op, n) -> op.setNotNull("accounts", "status"),
        (op, n) -> op.setNotNullOnline("accounts", "status"),
        n -> "ALTER TABLE accounts ALTER COLUMN status DROP NOT NULL", true),
    TYPE("type change int to bigint (rewrites)", (op, n) -> op.alterColumnType("accounts", "n" + n, integer(), bigint()),
        (op, n) -> op.alterColumnType("accounts", "n" + n, integer(), bigint()), n -> null, true);

    final String title;
    final Body plain;
    final Body online;
    final java.util.function.IntFunction<String> undo;
    /** Whether the online form's first statement needs a lock that a writing transaction holds. */
    final boolean waitsForWriters;

    Change(String title, Body plain, Body online, java.util.function.IntFunction<String> undo, boolean waitsForWriters) {
      this.title = title;
      this.plain = plain;
      this.online = online;
      this.undo = undo;
      this.waitsForWriters = waitsForWriters;
    }

    /** A type change has no online form: Retort warns (RTR-1040) and runs it as it is, with its lock wait. */
    boolean transactional() {
      return this == TYPE;
    }
  }

  @FunctionalInterface
  private interface Body {
    void write(Operations op, int run);
  }

  private enum Form { PLAIN, RETORT }

  /** What the writers saw while one change ran. */
  private record Outcome(Change change, Form form, boolean longTransaction, Duration migration, int writes, double p99,
      double max, int errors, String firstError, int retries, int totalWrites) {

    String row() {
      return String.format(Locale.ROOT, "| %s | %s | %s | %,d | %,d | %.0f | %.0f | %d | %d |", change.title,
          form == Form.PLAIN ? "plain DDL" : "Retort", longTransaction ? "long transaction" : "quiet",
          migration.toMillis(), writes, p99, max, errors, retries);
    }
  }

  @BeforeAll
  void fillTheTable() throws Exception {
    long started = System.nanoTime();
    db.execute("CREATE TABLE customers (id bigint PRIMARY KEY)");
    db.execute("INSERT INTO customers SELECT generate_series(1, " + CUSTOMERS + ")");
    db.execute("CREATE TABLE accounts (id bigint PRIMARY KEY, customer_id bigint, email text, balance integer,"
        + " status text, note text, n1 integer, n2 integer, n3 integer, n4 integer)");
    db.execute("INSERT INTO accounts SELECT g, 1 + g % " + CUSTOMERS + ", 'a' || g || '@example.com', g % 1000,"
        + " 'active', NULL, g, g, g, g FROM generate_series(1, " + ROWS + ") g");
    db.execute("VACUUM ANALYZE accounts");
    Figures.record("busy table: %,d rows loaded in %d ms; load average %s", ROWS,
        Duration.ofNanos(System.nanoTime() - started).toMillis(), loadAverage());
    table.add("| change | form | table | change took (ms) | writes | writer p99 (ms) | writer max (ms) | writer errors | retries |");
    table.add("|---|---|---|---|---|---|---|---|---|");
  }

  @Test
  void retortsOnlineFormsCauseNoWriterErrorAndGiveUpAtTheLockWaitBehindALongTransaction() throws Exception {
    List<Outcome> outcomes = new ArrayList<>();
    for (Change change : Change.values()) {
      for (boolean longTransaction : new boolean[] {false, true}) {
        if (Size.full()) {
          outcomes.add(run(change, Form.PLAIN, longTransaction));
        }
        outcomes.add(run(change, Form.RETORT, longTransaction));
      }
    }
    outcomes.forEach(outcome -> table.add(outcome.row()));
    Figures.record("busy table: %d writers at %d writes/s each, lock wait %d ms, %d retries, long transaction %d ms;"
        + " load average %s%n%s", WRITERS, RATE, LOCK_WAIT.toMillis(), LOCK_RETRIES, LONG_TRANSACTION.toMillis(),
        loadAverage(), String.join("\n", table));

    for (Outcome outcome : outcomes) {
      if (outcome.form() == Form.RETORT) {
        assertEquals(0, outcome.errors(), outcome.row() + " " + outcome.firstError());
        assertTrue(outcome.totalWrites() > 0, "the writers wrote: " + outcome.row());
        if (outcome.longTransaction() && outcome.change().waitsForWriters) {
          assertTrue(outcome.retries() > 0, "gave up at the lock wait and retried: " + outcome.row());
        }
      }
    }
  }

  private Outcome run(Change change, Form form, boolean longTransaction) throws Exception {
    int run = change == Change.TYPE ? ++typeChanges : 0;
    AtomicInteger retries = new AtomicInteger();
    Writers writers = new Writers(db, WRITERS, RATE, ROWS, CUSTOMERS, insertedId);
    writers.start();
    Connection holder = null;
    try {
      Thread.sleep(SETTLE.toMillis());
      if (longTransaction) {
        holder = holdRowLock();
      }
      Connection held = holder;
      Thread releaser = null;
      if (held != null) {
        releaser = new Thread(() -> {
          try {
            Thread.sleep(LONG_TRANSACTION.toMillis());
            held.commit();
          } catch (InterruptedException | SQLException e) {
            throw new IllegalStateException(e);
          }
        });
        releaser.start();
      }
      long from = System.nanoTime();
      if (form == Form.PLAIN) {
        plain(change, run);
      } else {
        online(change, run, retries);
      }
      long to = System.nanoTime();
      if (releaser != null) {
        releaser.join();
      }
      writers.stopAfter(System.nanoTime() + SETTLE.toNanos());
      Writers.Window window = writers.window(from, to);
      Outcome outcome = new Outcome(change, form, longTransaction, Duration.ofNanos(to - from), window.writes(),
          window.p99Millis(), window.maxMillis(), writers.errors(), writers.firstError(), retries.get(), writers.total());
      Figures.record("busy table: %s%s", outcome.row(),
          outcome.firstError() == null ? "" : " first writer error: " + outcome.firstError());
      return outcome;
    } finally {
      writers.stopAfter(System.nanoTime());
      if (holder != null) {
        holder.close();
      }
      String undo = change.undo.apply(run);
      if (undo != null) {
        db.execute(undo);
      }
    }
  }

  /** The plain DDL, rendered by Retort from the same change without its online form, in one transaction. */
  private void plain(Change change, int run) throws SQLException {
    List<String> statements = new PostgresSqlRenderer().render(Operations.recordedBy(op -> change.plain.write(op, run)));
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      for (String sql : statements) {
        statement.execute(sql);
      }
      connection.commit();
    }
  }

  /** Retort's form, applied by its runtime with a history table of its own. */
  private void online(Change change, int run, AtomicInteger retries) {
    Consumer<Operations> upgrade = op -> change.online.write(op, run);
    TestMigration migration = TestMigration.of("r1", null, upgrade, op -> { });
    Migration revision = change.transactional() ? migration : migration.nonTransactional();
    Retort.configure().dataSource(db.dataSource()).historyTable("retort_history_" + change.name().toLowerCase(Locale.ROOT)
            + "_" + System.nanoTime())
        .migrations(revision).lockWaitTimeout(LOCK_WAIT).lockRetries(LOCK_RETRIES)
        .listener(new MigrationListener() {
          @Override
          public void retrying(String id, int retry, int of, Duration backoff, String waitedFor) {
            retries.incrementAndGet();
          }
        }).migrate();
  }

  /** A transaction that updated a row no writer touches, as a long request or a batch job would, left open. */
  private Connection holdRowLock() throws SQLException {
    Connection connection = db.connect();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE accounts SET note = 'held' WHERE id = 1");
    }
    return connection;
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
