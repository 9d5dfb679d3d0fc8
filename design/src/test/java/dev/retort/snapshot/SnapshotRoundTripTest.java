package dev.retort.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.render.sql.PostgresSqlRenderer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotRoundTripTest {

  private static void assertRoundTrips(Snapshot snapshot) {
    String text = SnapshotFormat.write(snapshot);
    Snapshot read = SnapshotFormat.parse(text, "test.snapshot");
    assertEquals(snapshot, read, text);
    assertEquals(text, SnapshotFormat.write(read));
  }

  @Test
  void aModelWithEveryTypeConstraintAndAwkwardNameReadsBackAsTheSameSnapshot() {
    assertRoundTrips(SnapshotFixtures.rich());
  }

  @Test
  void theFleetModelReadsBackAsTheSameSnapshot() {
    assertRoundTrips(SnapshotFixtures.fleet());
  }

  @Test
  void anEmptyModelWithoutMigrationsReadsBackAsTheInitialSnapshot() {
    String text = SnapshotFormat.write(Snapshot.initial());
    assertEquals(SnapshotFormat.HEADER + "\nformat 1\nhead none\n", text);
    assertEquals(Snapshot.initial(), SnapshotFormat.parse(text, "empty.snapshot"));
  }

  @Test
  void aRevisionNamedNoneIsQuotedSoItIsNotReadAsNoHead() {
    Snapshot named = new Snapshot("none", SchemaModel.empty());
    assertTrue(SnapshotFormat.write(named).contains("\nhead \"none\"\n"));
    assertRoundTrips(named);
    assertRoundTrips(new Snapshot("", SchemaModel.empty()));
    assertRoundTrips(new Snapshot("not a revision id\n", SchemaModel.empty()));
  }

  @Test
  void everyBuiltInTypeIsSpelledAsPostgresPrintsIt() {
    for (ColumnType type : SnapshotFixtures.everyColumnType()) {
      if (type instanceof ColumnType.NativeEnum || type instanceof ColumnType.Raw) {
        continue;
      }
      assertEquals(PostgresSqlRenderer.typeName(type), TypeSyntax.write(type), type.toString());
    }
  }

  @Test
  void everyColumnTypeReadsBackAsTheSameRecord() {
    List<ColumnType> types = SnapshotFixtures.everyColumnType();
    for (ColumnType type : types) {
      Table table = Table.named(QualifiedName.of("t")).withColumn(Column.of("c", type));
      assertRoundTrips(new Snapshot("r1", new SchemaModel(Set.of(), List.of(table), List.of(), List.of())));
    }
    assertEquals(types.stream().distinct().count(), types.stream().map(TypeSyntax::write).distinct().count(),
        "two different types share a spelling");
  }

  @Test
  void numericWithAPrecisionAloneReadsBackWithScaleZeroAsTheModelHasIt() {
    String text = SnapshotFormat.write(Snapshot.initial()) + "\ntable t\n  n numeric(10)\n";
    Table table = SnapshotFormat.parse(text, "n.snapshot").model().tables().get(0);
    assertEquals(new ColumnType.Numeric(10, 0), table.columns().get(0).type());
    assertEquals("numeric(10,0)", TypeSyntax.write(new ColumnType.Numeric(10, null)));
  }

  @Test
  void rawDefinitionsAreMarkedSoTheyNeverReadBackAsABuiltInType() {
    assertEquals("raw \"integer\"", TypeSyntax.write(new ColumnType.Raw("integer")));
    assertEquals("integer", TypeSyntax.write(new ColumnType.Int(ColumnType.IntKind.INTEGER)));
  }

  @Test
  void nativeEnumTypesKeepTheirQualifiedNameExactly() {
    assertEquals("enum fleet.vehicle_status",
        TypeSyntax.write(new ColumnType.NativeEnum(QualifiedName.of("fleet", "vehicle_status"))));
    assertEquals("enum \"a.b\".\"C\"", TypeSyntax.write(new ColumnType.NativeEnum(QualifiedName.of("a.b", "C"))));
  }

  @Test
  void absentAndEmptyCommentsDefaultsAndPredicatesStayDistinct() {
    Table absent = Table.named(QualifiedName.of("t")).withColumn(Column.of("c", new ColumnType.Text()));
    Table empty = absent.withComment("")
        .replaceColumn("c", c -> c.comment("").defaultValue(""));
    String absentText = SnapshotFormat.write(new Snapshot(null, new SchemaModel(Set.of(), List.of(absent), List.of(), List.of())));
    String emptyText = SnapshotFormat.write(new Snapshot(null, new SchemaModel(Set.of(), List.of(empty), List.of(), List.of())));
    assertTrue(absentText.endsWith("table t\n  c text\n"), absentText);
    assertTrue(emptyText.endsWith("table t\n  c text default \"\" comment \"\"\n  comment \"\"\n"), emptyText);
    assertRoundTrips(SnapshotFormat.parse(absentText, "absent.snapshot"));
    assertRoundTrips(SnapshotFormat.parse(emptyText, "empty.snapshot"));
  }

  @Test
  void sequenceBoundsAreWrittenOnlyWhenSet() {
    Sequence unbounded = Sequence.of(QualifiedName.of("s"), 1, 1);
    Sequence bounded = unbounded.withName(QualifiedName.of("t")).bounds(1L, 10L).cache(5).cycling();
    String text = SnapshotFormat.write(new Snapshot("r", new SchemaModel(Set.of(), List.of(), List.of(unbounded, bounded), List.of())));
    assertTrue(text.contains("\nsequence s start 1 increment 1 cache 1\n"), text);
    assertTrue(text.contains("\nsequence t start 1 increment 1 minvalue 1 maxvalue 10 cache 5 cycle\n"), text);
    assertRoundTrips(SnapshotFormat.parse(text, "s.snapshot"));
  }

  @Test
  void plainNamesAreBareAndEverythingElseIsQuoted() {
    assertEquals("vehicle_2$", SnapshotSyntax.name("vehicle_2$"));
    assertEquals("_x", SnapshotSyntax.name("_x"));
    assertEquals("\"Vehicle\"", SnapshotSyntax.name("Vehicle"));
    assertEquals("\"2fast\"", SnapshotSyntax.name("2fast"));
    assertEquals("\"a.b\"", SnapshotSyntax.name("a.b"));
    assertEquals("\"with space\"", SnapshotSyntax.name("with space"));
    assertEquals("\"comment\"", SnapshotSyntax.name("comment"));
    assertEquals("\"primary\"", SnapshotSyntax.name("primary"));
    assertEquals("\"\"", SnapshotSyntax.name(""));
    assertEquals("\"naïve\"", SnapshotSyntax.name("naïve"));
    assertEquals("fleet.vehicle", SnapshotSyntax.name(QualifiedName.of("fleet", "vehicle")));
    assertEquals("\"My Schema\".t", SnapshotSyntax.name(QualifiedName.of("My Schema", "t")));
  }

  @Test
  void freeTextKeepsQuotesBackslashesAndLineBreaksOnOneLine() {
    assertEquals("\"status IN ('A', 'B')\"", SnapshotSyntax.text("status IN ('A', 'B')"));
    assertEquals("\"say \\\"hi\\\" \\\\ \\n\\r\\t end\"", SnapshotSyntax.text("say \"hi\" \\ \n\r\t end"));
    assertEquals("\"  padded  \"", SnapshotSyntax.text("  padded  "));
    assertEquals("\"naïve 名前 🚗\"", SnapshotSyntax.text("naïve 名前 🚗"));
  }

  @Test
  void invisibleAndLineBreakingCharactersAreEscapedSoReviewersSeeThem() {
    assertEquals("\"\\u0000\\u0085\\u00A0\\u200B\\u2028\\u2029\\u202E\\uFEFF\"",
        SnapshotSyntax.text("\u0000\u0085\u00A0\u200B\u2028\u2029\u202E\uFEFF"));
    // A lone surrogate cannot be encoded in UTF-8; escaped, it survives the file.
    assertEquals("\"\\uD800x\\uDC00\"", SnapshotSyntax.text("\uD800x\uDC00"));
    assertFalse(SnapshotSyntax.text("\uD83D\uDE97").contains("\\u"));
  }

  @Test
  void escapesMayBeWrittenInLowerCaseHexAndStillReadBack() {
    String text = SnapshotFormat.write(Snapshot.initial()).replace("head none", "head \"r\\u00e9v\\u00E9\"");
    assertEquals("révé", SnapshotFormat.parse(text, "x.snapshot").headRevision());
  }

  @Test
  void windowsLineEndingsFromAGitCheckoutAreReadAsTheSameSnapshot() {
    String text = SnapshotFormat.write(SnapshotFixtures.rich());
    assertEquals(SnapshotFixtures.rich(), SnapshotFormat.parse(text.replace("\n", "\r\n"), "crlf.snapshot"));
  }

  @Test
  void aByteOrderMarkAddedByAnEditorIsIgnored() {
    String text = SnapshotFormat.write(SnapshotFixtures.fleet());
    assertEquals(SnapshotFixtures.fleet(), SnapshotFormat.parse("\uFEFF" + text, "bom.snapshot"));
  }

  @Test
  void columnOrderIsKeptAsTheModelHasIt() {
    Table table = Table.named(QualifiedName.of("t"))
        .withColumn(Column.of("zeta", new ColumnType.Text()))
        .withColumn(Column.of("alpha", new ColumnType.Text()));
    String text = SnapshotFormat.write(new Snapshot("r", new SchemaModel(Set.of(), List.of(table), List.of(), List.of())));
    assertTrue(text.endsWith("table t\n  zeta text\n  alpha text\n"), text);
  }
}
