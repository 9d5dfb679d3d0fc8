package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.retort.runtime.Catalog;
import dev.retort.runtime.ConcurrencyFixture;
import dev.retort.runtime.MigratorProcess;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sixteen service instances, each a JVM of its own, boot at the same moment against one database
 * with pending migrations, round after round (3 rounds in CI, 50 at full size): every revision is
 * applied exactly once, every instance reports success, and the history is consistent. The time
 * of one instance alone and of the sixteen together is reported, not asserted.
 */
@PostgresTest
class ConcurrentBootsTest {

  private static final int INSTANCES = 16;

  private final TestDatabase db;

  ConcurrentBootsTest(TestDatabase db) {
    this.db = db;
  }

  @BeforeEach
  void startFromAnEmptyDatabase() throws Exception {
    Catalog.reset(db);
  }

  @Test
  void sixteenInstancesBootingTogetherApplyEveryRevisionExactlyOnceInEveryRound() throws Exception {
    List<Long> alone = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Catalog.reset(db);
      alone.add(bootTogether(1).slowestMillis());
    }
    int rounds = Size.of(3, 50);
    List<Long> together = new ArrayList<>();
    List<Long> walls = new ArrayList<>();
    List<Long> typical = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      Catalog.reset(db);
      Round result = bootTogether(INSTANCES);
      assertEquals(ConcurrencyFixture.REVISIONS, result.applied(), "round " + round + ": revisions applied in all");
      HistoryChecks.assertConsistent(db, ConcurrencyFixture.migrations());
      assertFixtureAppliedOnce();
      together.add(result.slowestMillis());
      walls.add(result.wallMillis());
      typical.add(result.medianMillis());
    }
    Figures.record("concurrent boots: %d rounds x %d JVMs, %d revisions each round, every one applied exactly once;"
            + " one instance alone migrates in %d ms (median of 3); the slowest of %d instances booting together"
            + " finishes its migrate call in %d ms (median over rounds, worst %d ms), the median instance in %d ms;"
            + " go-to-last-exit %d ms (median)",
        rounds, INSTANCES, ConcurrencyFixture.REVISIONS, Figures.median(alone), INSTANCES, Figures.median(together),
        together.stream().mapToLong(Long::longValue).max().orElseThrow(), Figures.median(typical), Figures.median(walls));
  }

  /** What a round of instances did: revisions applied by all of them, slowest migrate call, wall time. */
  private record Round(int applied, long slowestMillis, long medianMillis, long wallMillis) {}

  private Round bootTogether(int instances) throws Exception {
    List<ChildJvm> children = new ArrayList<>();
    try {
      for (int i = 0; i < instances; i++) {
        children.add(ChildJvm.start(List.of("-Xmx64m"), MigratorProcess.class, db.jdbcUrl(), db.user(), "-", db.password()));
      }
      for (ChildJvm child : children) {
        assertNotNull(child.await("READY"::equals), () -> "instance did not start:\n" + child.output());
      }
      long go = System.nanoTime();
      for (ChildJvm child : children) {
        child.send("GO");
      }
      int applied = 0;
      List<Long> millis = new ArrayList<>();
      for (ChildJvm child : children) {
        assertEquals(0, child.exitCode(), () -> "an instance failed:\n" + child.output());
        assertEquals("r12", child.value("HEAD "), child::output);
        applied += Integer.parseInt(child.value("APPLIED "));
        millis.add(Long.parseLong(child.value("MILLIS ")));
      }
      long wall = (System.nanoTime() - go) / 1_000_000;
      return new Round(applied, millis.stream().mapToLong(Long::longValue).max().orElseThrow(), Figures.median(millis), wall);
    } finally {
      for (ChildJvm child : children) {
        child.close();
      }
    }
  }

  /** Each transactional revision of the fixture inserts its own row; a second run would have failed on the key. */
  private void assertFixtureAppliedOnce() throws Exception {
    List<String> rows = IntStream.rangeClosed(2, ConcurrencyFixture.REVISIONS).filter(i -> i != 6)
        .mapToObj(Integer::toString).toList();
    assertEquals(rows, Catalog.strings(db, "SELECT id FROM counters ORDER BY id"));
    assertEquals(List.of("true"), Catalog.strings(db,
        "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'ix_counters_id_desc'::regclass"));
  }
}
