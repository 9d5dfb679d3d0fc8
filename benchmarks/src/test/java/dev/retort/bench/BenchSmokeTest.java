package dev.retort.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The harness at a tiny size (N=5, one repetition): every scenario runs every tool end to end in
 * child processes against a real PostgreSQL and reports a number. No timing is asserted: CI's
 * machine is shared, and the numbers of record come from {@code benchmarks/run}.
 */
@PostgresTest
class BenchSmokeTest {

  private final TestDatabase db;

  BenchSmokeTest(TestDatabase db) {
    this.db = db;
  }

  @Test
  void everyScenarioRunsEveryToolEndToEndAndReportsNumbers() throws Exception {
    Path work = Path.of("target/bench-smoke").toAbsolutePath();
    Fixtures.deleteTree(work);
    Bench.Options options = new Bench.Options(List.of("boot", "apply", "compile", "generate", "compare"), List.of(5), 1, 0,
        db.jdbcUrl(), db.user(), db.password(), work, work.resolve("chart.png"), true, false, List.of());
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    assertEquals(0, Bench.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8)));

    List<Sample> samples = Report.readCsv(work.resolve("results.csv"));
    Set<String> measured = samples.stream().map(s -> s.scenario() + "/" + s.tool()).collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = new TreeSet<>(List.of(
        "boot/retort", "boot/flyway", "boot/liquibase", "boot/jdbc-floor",
        "apply/retort", "apply/flyway", "apply/liquibase", "apply/hibernate-create", "apply/floor",
        "compile/javac", "compile/retort", "compile/hibernate-processor", "compile/noop-processor",
        "compile/javac-entities",
        "compile/retort-first-build",
        "generate/retort",
        "compare/retort-drift", "compare/retort-diff", "compare/hibernate-validate",
        "heap-boot/retort", "heap-boot/flyway", "heap-boot/liquibase",
        "heap-compile/javac", "heap-compile/retort", "heap-compile/hibernate-processor"));
    assertTrue(measured.containsAll(expected), "measured " + measured + ", expected at least " + expected);
    for (Sample sample : samples) {
      assertTrue(sample.millis() > 0, "no time for " + sample);
      assertEquals(5, sample.n());
      if (sample.scenario().startsWith("heap-")) {
        assertTrue(sample.heapMib() > 0, "no heap for " + sample);
      }
    }
    String summary = Files.readString(work.resolve("summary.md"), StandardCharsets.UTF_8);
    assertTrue(summary.contains("| flyway | 5 |") && summary.contains("ratio to retort"), summary);
    BufferedImage chart = ImageIO.read(work.resolve("chart.png").toFile());
    assertNotNull(chart, "the chart is not a readable PNG");
    assertTrue(chart.getWidth() > 600 && chart.getHeight() > 400);
    // Every database the harness created was dropped again.
    assertEquals(0L, (long) db.query("SELECT count(*) FROM pg_database WHERE starts_with(datname, ?)",
        rows -> { rows.next(); return rows.getLong(1); }, Databases.prefix()), "benchmark databases were left behind");
  }
}
