package dev.retort.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.design.DesignMessage;
import dev.retort.migration.Acknowledgement;
import dev.retort.migration.Definitions;
import dev.retort.migration.Operations;
import dev.retort.model.Column;
import dev.retort.runtime.tooling.Checksums;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The lint's rules on recorded operations, which tables count as new, acknowledgements, and which revisions a
 * scope checks.
 */
class LintTest {

  private static LintedRevision revision(String id, Consumer<Operations> upgrade) {
    Operations builder = new Operations();
    upgrade.accept(builder);
    return new LintedRevision(id, builder.operations().stream().<Step>map(Step.Known::new).toList(),
        builder.acknowledgements());
  }

  private static List<String> codes(List<LintFinding> findings) {
    return findings.stream().map(f -> f.message().code()).toList();
  }

  @Test
  void onlineFormsAndCatalogOnlyChangesAreNoFinding() {
    List<LintFinding> findings = Lint.check(List.of(revision("r1", op -> op
        .createIndexConcurrently("drivers", Definitions.index("ix", "name"))
        .addUniqueOnline("drivers", "uk", "name")
        .addCheckOnline("drivers", "ck", "name <> ''")
        .setNotNullOnline("drivers", "name")
        .addColumn("drivers", Column.of("created", Definitions.timestampTz()).defaultValue("now()"))
        .alterColumnType("drivers", "name", Definitions.varchar(20), Definitions.varchar(40))
        .execute("UPDATE drivers SET name = 'x' WHERE name IS NULL; DELETE FROM drivers WHERE id < 0"))));
    assertEquals(List.of(), findings.stream().map(LintFinding::text).toList());
  }

  @Test
  void aVolatileDefaultAnIdentityAndDdlInExecuteAreFindings() {
    List<LintFinding> findings = Lint.check(List.of(revision("r1", op -> op
        .addColumn("drivers", Column.of("token", Definitions.uuid()).defaultValue("gen_random_uuid()"))
        .addColumn("drivers", Column.of("seq", Definitions.bigint()).generatedAsIdentity())
        .execute("UPDATE drivers SET name = 'x'; ALTER TABLE drivers ADD COLUMN y int")
        .run("copy rows", connection -> { }))));
    assertEquals(List.of("RTR-1076", "RTR-1076", "RTR-1080", "RTR-1080"), codes(findings));
    assertTrue(findings.get(2).text().contains("the tables it touches"), findings.get(2).text());
  }

  @Test
  void aTableCreatedEarlierInTheSameUpgradeIsNewInLaterRevisionsToo() {
    List<LintFinding> findings = Lint.check(List.of(
        revision("r1", op -> op.createTable("fresh", t -> t.column(Column.of("id", Definitions.bigint())))),
        revision("r2", op -> op.createIndex("fresh", Definitions.index("ix", "id")).createIndex("drivers",
            Definitions.index("ix2", "id")))));
    assertEquals(List.of("RTR-1070"), codes(findings));
    assertEquals("r2", findings.get(0).revision());
    assertEquals(1, findings.get(0).step());
  }

  @Test
  void anAcknowledgementMarksItsStepsFindingAndAWrongOneIsAFindingOfItsOwn() {
    List<LintFinding> findings = Lint.check(List.of(revision("r1", op -> op
        .createIndex("drivers", Definitions.index("ix", "name")).acknowledge("RTR-1070", " tiny table ")
        .setNotNull("drivers", "name").acknowledge("RTR-1070", "wrong code")
        .dropColumn("drivers", Column.of("phone", Definitions.text())).acknowledge("RTR-1077", ""))));
    assertEquals(List.of("RTR-1070", "RTR-1074", "RTR-1077", "RTR-1083", "RTR-1082"), codes(findings));
    assertTrue(findings.get(0).acknowledged());
    assertEquals("tiny table", findings.get(0).acknowledgedBecause());
    assertEquals(List.of("RTR-1074", "RTR-1077", "RTR-1083", "RTR-1082"), codes(Lint.unacknowledged(findings)));
    assertEquals(DesignMessage.LINT_ACKNOWLEDGEMENT_INVALID.format("r1", "\"RTR-1077\", \"\"",
        new Acknowledgement(2, "RTR-1077", "").problem()), findings.get(4).text());
  }

  @Test
  void anAcknowledgementLeavesTheStepsAndTheChecksumAsTheyWere() {
    Consumer<Operations> plain = op -> op.createIndex("drivers", Definitions.index("ix", "name"));
    Consumer<Operations> acknowledged = op -> op.createIndex("drivers", Definitions.index("ix", "name"))
        .acknowledge("RTR-1070", "drivers has 40 rows");
    assertEquals(Operations.recordedBy(plain), Operations.recordedBy(acknowledged));
    assertEquals(Checksums.of(List.of(), true, Operations.recordedBy(plain)),
        Checksums.of(List.of(), true, Operations.recordedBy(acknowledged)));
  }

  @Test
  void theTipIsTheSnapshotsHeadAndWhatFollowsItAndPendingIsWhatTheDatabaseLacks() {
    Map<String, List<String>> parents = Map.of("a", List.of(), "b", List.of("a"), "c", List.of("b"), "d", List.of("c"));
    assertEquals(List.of("b", "c", "d"), LintScope.tip(parents, "b"));
    assertEquals(List.of("a", "b", "c", "d"), LintScope.tip(parents, null));
    assertEquals(List.of(), LintScope.tip(parents, "unknown"));
    assertEquals(List.of("c", "d"), LintScope.pending(parents, Set.of("a", "b")));
    assertFalse(LintScope.pending(parents, Set.of("a", "b", "c", "d")).iterator().hasNext());
  }
}
