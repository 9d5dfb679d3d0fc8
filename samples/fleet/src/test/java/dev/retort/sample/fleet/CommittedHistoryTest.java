package dev.retort.sample.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.runtime.Retort;
import dev.retort.runtime.tooling.MigrationIndex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed history is complete and consistent. The build itself compiles in
 * {@code -Aretort.mode=check}, which fails when the entities differ from the committed snapshot;
 * these tests add what that check cannot see after hand edits.
 */
class CommittedHistoryTest {

  private static final Path MIGRATIONS = Path.of("src/main/java/dev/retort/sample/fleet/migrations");

  @Test
  void theCommittedSnapshotHoldsTheSchemaTheEntitiesMap() throws IOException {
    String model;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/retort/model.snapshot")) {
      model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(tables(model), tables(Files.readString(MIGRATIONS.resolve("retort.snapshot"))));
  }

  @Test
  void theSnapshotsHeadLineNamesTheOneHeadOfTheMigrations() throws IOException {
    // Hand-written revisions and merges move the head line by hand; a line left behind would make
    // the next generated migration fork the history.
    String head = Files.readAllLines(MIGRATIONS.resolve("retort.snapshot")).stream()
        .filter(line -> line.startsWith("head ")).findFirst().orElseThrow().substring("head ".length());
    assertEquals(List.of(head), Retort.configure().migrationsFromIndex().load().heads());
  }

  @Test
  void everyMigrationInTheSourceTreeIsInTheIndexTheRuntimeReads() throws IOException {
    List<String> sources;
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      sources = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java"))
          .map(n -> "dev.retort.sample.fleet.migrations." + n.substring(0, n.length() - ".java".length()))
          .sorted().toList();
    }
    List<String> indexed = MigrationIndex.loadAll(getClass().getClassLoader()).stream()
        .map(migration -> migration.getClass().getName()).sorted().toList();
    assertEquals(sources, indexed);
  }

  /** The snapshot's table lines: what the schema is, without the comment and head lines. */
  private static List<String> tables(String snapshot) {
    return snapshot.lines().filter(line -> !line.startsWith("#") && !line.startsWith("head ")).toList();
  }
}
