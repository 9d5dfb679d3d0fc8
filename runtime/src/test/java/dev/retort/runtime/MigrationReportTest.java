package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report's summary is one readable log line, however many revisions ran. */
class MigrationReportTest {

  private static MigrationReport applied(int count) {
    List<MigrationReport.Step> steps = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      steps.add(new MigrationReport.Step("r" + i, "message " + i, Duration.ZERO));
    }
    return new MigrationReport(MigrationReport.Direction.UPGRADE, steps, List.of(), List.of("r" + count),
        Duration.ofMillis(42));
  }

  @Test
  void aShortRunNamesEveryRevision() {
    assertEquals("Applied 3 revisions (r1, r2, r3) in 42 ms; the database is at r3.", applied(3).summary());
  }

  @Test
  void aLongRunNamesItsFirstAndLastRevisionsAndCountsTheRest() {
    assertEquals("Applied 1000 revisions (r1, r2, ... 997 more ..., r1000) in 42 ms; the database is at r1000.",
        applied(1000).summary());
  }
}
