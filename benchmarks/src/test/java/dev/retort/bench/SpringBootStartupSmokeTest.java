package dev.retort.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The spring-boot scenario at a tiny size (N=5, one repetition): the Boot application starts with
 * Retort's starter, with Flyway's auto-configuration and with neither, on databases where the
 * measured tool applied the N revisions, and each start reports its time. No timing is asserted.
 */
@PostgresTest
class SpringBootStartupSmokeTest {

  private final TestDatabase db;

  SpringBootStartupSmokeTest(TestDatabase db) {
    this.db = db;
  }

  @Test
  void theBootApplicationStartsWithEachMigrationToolWithNothingPendingAndReportsNumbers() throws Exception {
    Path work = Path.of("target/bench-smoke-spring-boot").toAbsolutePath();
    Fixtures.deleteTree(work);
    Bench.Options options = new Bench.Options(List.of("spring-boot"), List.of(5), 1, 0, db.jdbcUrl(), db.user(),
        db.password(), work, work.resolve("chart.png"), false, false, List.of());
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    assertEquals(0, Bench.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8)),
        printed.toString(StandardCharsets.UTF_8));

    List<Sample> samples = Report.readCsv(work.resolve("results.csv"));
    Set<String> measured = samples.stream().map(Sample::tool).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("retort-starter", "flyway-autoconfig", "no-migration-tool"), measured);
    for (Sample sample : samples) {
      assertTrue(sample.millis() > 0, "no startup time for " + sample);
      if (!sample.tool().equals("no-migration-tool")) {
        assertTrue(sample.detail().contains("pending=0"), "something was pending: " + sample);
        assertTrue(Report.detailValue(sample, "migrationMs") > 0, "no migration step for " + sample);
      }
    }
    String summary = Files.readString(work.resolve("summary.md"), StandardCharsets.UTF_8);
    assertTrue(summary.contains("| flyway-autoconfig | 5 |") && summary.contains("The migration tool's own beans"), summary);
    assertEquals(0L, (long) db.query("SELECT count(*) FROM pg_database WHERE starts_with(datname, ?)",
        rows -> { rows.next(); return rows.getLong(1); }, Databases.prefix()), "benchmark databases were left behind");
  }
}
