package dev.retort.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Compares the snapshot of a small fleet-management schema with the committed golden file
 * {@code src/test/resources/dev/retort/snapshot/fleet.snapshot}, as exact text.
 *
 * <p>After an intended change of the format, regenerate the golden file and review its diff:
 * <pre>
 * mvn -o test -pl design -Dtest=FleetGoldenFileTest -Dretort.updateGolden=true
 * </pre>
 */
class FleetGoldenFileTest {

  private static final Path GOLDEN = Path.of(System.getProperty("basedir", ""))
      .resolve("src/test/resources/dev/retort/snapshot/fleet.snapshot");

  @Test
  void theFleetSnapshotIsWrittenExactlyAsTheGoldenFile() throws IOException {
    String actual = SnapshotFormat.write(SnapshotFixtures.fleet());
    if (Boolean.getBoolean("retort.updateGolden")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual);
  }

  @Test
  void theGoldenFileReadsBackAsTheFleetSnapshot() throws IOException {
    String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    assertEquals(SnapshotFixtures.fleet(), SnapshotFormat.parse(golden, GOLDEN.getFileName().toString()));
  }
}
