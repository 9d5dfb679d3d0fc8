package dev.retort.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.EnumType;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the format over 500 random snapshots from fixed seeds; a failure names its seed. */
class RandomSnapshotPropertiesTest {

  private static final int MODELS = 500;

  @Test
  void everyRandomSnapshotReadsBackAsItselfAndWritesTheSameTextAgain() {
    for (long seed = 0; seed < MODELS; seed++) {
      Snapshot snapshot = RandomSnapshots.of(seed);
      String text = SnapshotFormat.write(snapshot);
      Snapshot read = SnapshotFormat.parse(text, "seed-" + seed + ".snapshot");
      assertEquals(snapshot, read, "seed " + seed + ":\n" + text);
      assertEquals(text, SnapshotFormat.write(read), "seed " + seed);
    }
  }

  @Test
  void everyRandomSnapshotIsWrittenWithOneEntryPerLineAndNoStrayWhitespace() {
    for (long seed = 0; seed < MODELS; seed++) {
      Snapshot snapshot = RandomSnapshots.of(seed);
      String text = SnapshotFormat.write(snapshot);
      String where = "seed " + seed + ":\n" + text;
      assertTrue(text.endsWith("\n"), where);
      assertFalse(text.endsWith("\n\n"), where);
      assertFalse(text.contains("\n\n\n"), where);
      for (char forbidden : new char[] {'\t', '\r', '\u0085', '\u2028', '\u2029', '\0'}) {
        assertEquals(-1, text.indexOf(forbidden), where);
      }
      List<String> lines = List.of(text.split("\n"));
      for (String line : lines) {
        assertFalse(line.endsWith(" "), "trailing space in `" + line + "`, " + where);
        assertTrue(!line.startsWith(" ") || line.startsWith("  ") && line.charAt(2) != ' ', "indentation of `" + line + "`, " + where);
      }
      long entries = lines.stream().filter(line -> !line.isEmpty()).count();
      assertEquals(expectedLines(snapshot.model()), entries, where);
    }
  }

  @Test
  void writingIgnoresTheOrderInWhichARandomModelWasBuilt() {
    for (long seed = 0; seed < MODELS; seed++) {
      Snapshot snapshot = RandomSnapshots.of(seed);
      SchemaModel model = snapshot.model();
      Random shuffle = new Random(seed);
      List<Table> tables = new ArrayList<>();
      for (Table table : model.tables()) {
        tables.add(table.withUniqueConstraints(shuffled(table.uniqueConstraints(), shuffle))
            .withIndexes(shuffled(table.indexes(), shuffle))
            .withForeignKeys(shuffled(table.foreignKeys(), shuffle))
            .withChecks(shuffled(table.checks(), shuffle)));
      }
      SchemaModel rebuilt = new SchemaModel(new LinkedHashSet<>(shuffled(new ArrayList<>(model.schemas()), shuffle)),
          shuffled(tables, shuffle), shuffled(model.sequences(), shuffle), shuffled(model.enumTypes(), shuffle));
      assertEquals(SnapshotFormat.write(snapshot), SnapshotFormat.write(new Snapshot(snapshot.headRevision(), rebuilt)),
          "seed " + seed);
    }
  }

  /** Header, format and head, then one line per schema, enum, label, sequence, table and table entry. */
  private static long expectedLines(SchemaModel model) {
    long lines = 3 + model.schemas().size() + model.sequences().size();
    for (EnumType enumType : model.enumTypes()) {
      lines += 1 + enumType.values().size();
    }
    for (Table table : model.tables()) {
      lines += 1 + table.columns().size() + (table.primaryKey() == null ? 0 : 1) + table.uniqueConstraints().size()
          + table.indexes().size() + table.foreignKeys().size() + table.checks().size()
          + (table.comment() == null ? 0 : 1);
    }
    return lines;
  }

  private static <T> List<T> shuffled(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }
}
