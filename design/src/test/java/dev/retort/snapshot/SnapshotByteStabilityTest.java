package dev.retort.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.retort.model.SchemaModel;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotByteStabilityTest {

  @Test
  void theSameModelBuiltInAnotherInsertionOrderIsWrittenAsIdenticalText() {
    Snapshot forward = SnapshotFixtures.fleet(false);
    Snapshot reversed = SnapshotFixtures.fleet(true);
    assertEquals(forward, reversed);
    assertEquals(SnapshotFormat.write(forward), SnapshotFormat.write(reversed));
  }

  @Test
  void schemasAreWrittenSortedWhateverTheSetIterationOrder() {
    SchemaModel a = new SchemaModel(new LinkedHashSet<>(List.of("zeta", "alpha", "Mid", "beta")), List.of(), List.of(), List.of());
    SchemaModel b = new SchemaModel(new LinkedHashSet<>(List.of("beta", "Mid", "zeta", "alpha")), List.of(), List.of(), List.of());
    String text = SnapshotFormat.write(new Snapshot("r", a));
    assertEquals(text, SnapshotFormat.write(new Snapshot("r", b)));
    assertEquals(SnapshotFormat.HEADER + "\nformat 1\nhead r\n\nschema \"Mid\"\nschema alpha\nschema beta\nschema zeta\n", text);
  }

  @Test
  void writingTheSameSnapshotTwiceGivesTheSameText() {
    assertEquals(SnapshotFormat.write(SnapshotFixtures.rich()), SnapshotFormat.write(SnapshotFixtures.rich()));
  }

  @Test
  void onlyTheHeadLineChangesWhenOnlyTheHeadRevisionChanges() {
    String before = SnapshotFormat.write(new Snapshot("20261121_0900_a", SnapshotFixtures.fleet().model()));
    String after = SnapshotFormat.write(new Snapshot("20261122_1000_b", SnapshotFixtures.fleet().model()));
    String[] beforeLines = before.split("\n");
    String[] afterLines = after.split("\n");
    assertEquals(beforeLines.length, afterLines.length);
    for (int i = 0; i < beforeLines.length; i++) {
      if (i == 2) {
        assertNotEquals(beforeLines[i], afterLines[i]);
      } else {
        assertEquals(beforeLines[i], afterLines[i]);
      }
    }
  }
}
