package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.runtime.Catalog;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 100, 1,000 and 2,000 revisions applied from empty, each in a JVM with a 64 MB heap, then a
 * boot with nothing pending: every revision applied once, the heap bounded, and the statements
 * sent to the server grow linearly with the revisions (none per revision more at 2,000 than at
 * 100) while a boot with nothing pending sends the same few whatever the count. Times and peak
 * heap are reported.
 */
@PostgresTest
class ManyRevisionsTest {

  private static final List<Integer> SIZES = List.of(100, 1000, 2000);
  private static final String HEAP = "-Xmx64m";

  private final TestDatabase db;

  ManyRevisionsTest(TestDatabase db) {
    this.db = db;
  }

  /** What one run measured. */
  private record Run(long upgradeMillis, long upgradeStatements, long noopMillis, long noopStatements, long peakHeap, long liveHeap) {}

  @Test
  void thousandsOfRevisionsApplyInBoundedMemoryWithRoundTripsLinearInTheirNumber() throws Exception {
    Map<Integer, Run> runs = new LinkedHashMap<>();
    for (int count : SIZES) {
      // A database of its own per size: dropping thousands of tables at once would need more
      // lock slots than a shared server may have.
      TestDatabase fresh = db.createSibling();
      try (ChildJvm child = ChildJvm.start(List.of(HEAP), ManyRevisionsProcess.class, fresh.jdbcUrl(), fresh.user(),
          fresh.password(), Integer.toString(count))) {
        assertEquals(0, child.exitCode(), child::output);
        assertEquals(Integer.toString(count), child.value("UPGRADE_APPLIED "), child::output);
        assertEquals("0", child.value("NOOP_APPLIED "), child::output);
        runs.put(count, new Run(Long.parseLong(child.value("UPGRADE_MILLIS ")), Long.parseLong(child.value("UPGRADE_STATEMENTS ")),
            Long.parseLong(child.value("NOOP_MILLIS ")), Long.parseLong(child.value("NOOP_STATEMENTS ")),
            Long.parseLong(child.value("PEAK_HEAP ")), Long.parseLong(child.value("LIVE_HEAP "))));
      }
      assertEquals(List.of(Integer.toString(count)), Catalog.strings(fresh,
          "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 't%'"));
      HistoryChecks.assertConsistent(fresh, ManyRevisionsProcess.migrations(count));
    }

    Run small = runs.get(100);
    Run medium = runs.get(1000);
    Run large = runs.get(2000);
    long perRevision = (medium.upgradeStatements() - small.upgradeStatements()) / 900;
    assertEquals(perRevision * 900, medium.upgradeStatements() - small.upgradeStatements(), "statements linear up to 1,000");
    assertEquals(perRevision * 1000, large.upgradeStatements() - medium.upgradeStatements(), "statements linear up to 2,000");
    assertEquals(small.noopStatements(), large.noopStatements(), "a boot with nothing pending costs the same at any size");
    for (Map.Entry<Integer, Run> entry : runs.entrySet()) {
      Run run = entry.getValue();
      Figures.record("%,d revisions from empty: %,d ms (%.1f ms per revision), %,d statements; boot with nothing pending:"
              + " %,d ms, %d statements; peak heap %.1f MB (limit 64 MB), %.1f MB live after a final GC",
          entry.getKey(), run.upgradeMillis(), run.upgradeMillis() / (double) entry.getKey(), run.upgradeStatements(),
          run.noopMillis(), run.noopStatements(), run.peakHeap() / 1_048_576.0, run.liveHeap() / 1_048_576.0);
    }
    Figures.record("statements per revision: %d at every size", perRevision);
  }
}
