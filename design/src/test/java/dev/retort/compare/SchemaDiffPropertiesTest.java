package dev.retort.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.model.Column;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.ops.Inverses;
import dev.retort.evolution.ModelEvolution;
import dev.retort.ops.Operation;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the diff over thousands of random models, without a database. */
class SchemaDiffPropertiesTest {

  private static final int SEEDS = 300;
  private static final int STEPS = 8;

  static SchemaModel ignoringColumnOrder(SchemaModel model) {
    return new SchemaModel(model.schemas(), model.tables().stream()
        .map(t -> new Table(t.name(), t.columns().stream().sorted(Comparator.comparing(Column::name)).toList(),
            t.primaryKey(), t.uniqueConstraints(), t.indexes(), t.foreignKeys(), t.checks(), t.comment()))
        .toList(), model.sequences(), model.enumTypes());
  }

  /** A short report of what differs between two models, for failure messages. */
  static String differences(SchemaModel expected, SchemaModel actual) {
    StringBuilder report = new StringBuilder();
    if (!expected.schemas().equals(actual.schemas())) {
      report.append("schemas: ").append(expected.schemas()).append(" vs ").append(actual.schemas()).append('\n');
    }
    if (!expected.sequences().equals(actual.sequences())) {
      report.append("sequences: ").append(expected.sequences()).append("\n  vs ").append(actual.sequences()).append('\n');
    }
    if (!expected.enumTypes().equals(actual.enumTypes())) {
      report.append("enums: ").append(expected.enumTypes()).append("\n  vs ").append(actual.enumTypes()).append('\n');
    }
    for (Table table : expected.tables()) {
      java.util.Optional<Table> other = actual.table(table.name());
      if (other.isEmpty()) {
        report.append("missing table ").append(table.name()).append('\n');
      } else if (!other.get().equals(table)) {
        report.append("table ").append(table.name()).append(":\n  expected ").append(table).append("\n  actual   ").append(other.get()).append('\n');
      }
    }
    for (Table table : actual.tables()) {
      if (expected.table(table.name()).isEmpty()) {
        report.append("unexpected table ").append(table.name()).append('\n');
      }
    }
    return report.toString();
  }

  @Test
  void comparingAModelWithItselfYieldsNothing() {
    for (long seed = 0; seed < SEEDS; seed++) {
      SchemaModel model = new RandomModels(seed).model();
      assertEquals(List.of(), SchemaDiff.between(model, model), "seed " + seed);
    }
  }

  @Test
  void applyingTheDiffToTheOldModelGivesTheNewOneAndItsInverseGivesTheOldOneBack() {
    for (long seed = 0; seed < SEEDS; seed++) {
      RandomModels random = new RandomModels(seed);
      SchemaModel before = random.model();
      for (int step = 0; step < STEPS; step++) {
        SchemaModel after = random.evolve(before);
        List<Operation> ops = SchemaDiff.between(before, after);
        String where = "seed " + seed + " step " + step + "\nops: " + ops;
        SchemaModel forward = ignoringColumnOrder(ModelEvolution.apply(before, ops));
        assertEquals(ignoringColumnOrder(after), forward, () -> where + "\n" + differences(ignoringColumnOrder(after), forward));
        SchemaModel back = ignoringColumnOrder(ModelEvolution.apply(after, Inverses.of(ops)));
        SchemaModel original = ignoringColumnOrder(before);
        assertEquals(original, back, () -> where + "\n" + differences(original, back));
        assertEquals(List.of(), SchemaDiff.between(ModelEvolution.apply(before, ops), after), where);
        before = after;
      }
    }
  }
}
