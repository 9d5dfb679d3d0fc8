package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Several service instances booting at once apply every migration exactly once, and all succeed. */
@PostgresTest
class ConcurrentMigratorsTest {

  private static final int MIGRATORS = 8;

  private final TestDatabase db;

  ConcurrentMigratorsTest(TestDatabase db) {
    this.db = db;
  }

  @BeforeEach
  void startFromAnEmptyDatabase() throws Exception {
    Catalog.reset(db);
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void eightMigratorThreadsStartedAtOnceApplyEachRevisionExactlyOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(MIGRATORS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<MigrationReport>> reports = new ArrayList<>();
    for (int i = 0; i < MIGRATORS; i++) {
      Callable<MigrationReport> migrator = () -> {
        start.await();
        return Retort.configure().dataSource(db.dataSource()).migrations(ConcurrencyFixture.migrations()).migrate();
      };
      reports.add(pool.submit(migrator));
    }
    start.countDown();
    int applied = 0;
    for (Future<MigrationReport> report : reports) {
      MigrationReport done = report.get();
      applied += done.steps().size();
      assertEquals(List.of("r12"), done.headsAfter());
    }
    pool.shutdown();

    assertEquals(ConcurrencyFixture.REVISIONS, applied);
    assertHistoryHoldsEveryRevisionOnce();
  }

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void eightMigratorProcessesStartedAtOnceApplyEachRevisionExactlyOnce() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    long startAt = System.currentTimeMillis() + 4_000;
    List<Process> processes = new ArrayList<>();
    List<Path> outputs = new ArrayList<>();
    for (int i = 0; i < MIGRATORS; i++) {
      Path output = Files.createTempFile("retort-migrator-" + i, ".log");
      outputs.add(output);
      processes.add(new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classpath,
          MigratorProcess.class.getName(), db.jdbcUrl(), db.user(), Long.toString(startAt), db.password())
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .start());
    }
    int applied = 0;
    for (int i = 0; i < MIGRATORS; i++) {
      assertTrue(processes.get(i).waitFor(3, TimeUnit.MINUTES), "migrator process " + i + " did not finish");
      String log = Files.readString(outputs.get(i), StandardCharsets.UTF_8);
      assertEquals(0, processes.get(i).exitValue(), "migrator process " + i + " failed:\n" + log);
      assertTrue(log.contains("HEAD r12"), log);
      applied += log.lines().filter(l -> l.startsWith("APPLIED ")).mapToInt(l -> Integer.parseInt(l.substring(8))).sum();
      new File(outputs.get(i).toString()).delete();
    }

    assertEquals(ConcurrencyFixture.REVISIONS, applied);
    assertHistoryHoldsEveryRevisionOnce();
  }

  private void assertHistoryHoldsEveryRevisionOnce() throws Exception {
    List<String> expected = IntStream.rangeClosed(1, ConcurrencyFixture.REVISIONS).mapToObj(i -> String.format("r%02d", i)).toList();
    assertEquals(expected, Catalog.history(db));
    assertEquals(List.of("true"), Catalog.strings(db, "SELECT bool_and(success)::text FROM retort_history"));
    assertEquals(List.of(Integer.toString(ConcurrencyFixture.REVISIONS - 2)), Catalog.strings(db, "SELECT count(*) FROM counters"));
    assertEquals(List.of("true"), Catalog.strings(db,
        "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'ix_counters_id_desc'::regclass"));
    assertEquals(List.of("0"), Catalog.strings(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
  }
}
