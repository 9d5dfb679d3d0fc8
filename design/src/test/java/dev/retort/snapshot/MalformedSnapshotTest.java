package dev.retort.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import dev.retort.design.DesignMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Category;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MalformedSnapshotTest {

  private static final String SOURCE = "src/main/resources/META-INF/retort/schema.snapshot";

  /** Lines 1 to 3: the header, the format and the head; the lines given follow from line 4. */
  private static String body(String... lines) {
    return SnapshotFormat.HEADER + "\nformat 1\nhead r1\n" + String.join("\n", lines) + "\n";
  }

  private static final String VEHICLE = "table fleet.vehicle";

  static Stream<Arguments> brokenSnapshots() {
    return Stream.of(
        broken("an unknown top-level keyword", body("view fleet.v"), 4, DesignMessage.SNAPSHOT_MALFORMED),
        broken("an unknown keyword inside a table", body(VEHICLE, "  id bigint", "  primary kee vehicle_pkey (id)"), 6,
            DesignMessage.SNAPSHOT_MALFORMED),
        broken("a type PostgreSQL abbreviates", body(VEHICLE, "  id bigint", "  vin varchar(17)"), 6,
            DesignMessage.SNAPSHOT_MALFORMED),
        broken("a type with an unclosed parenthesis", body(VEHICLE, "  vin character varying(17"), 5,
            DesignMessage.SNAPSHOT_MALFORMED),
        broken("a time type without its zone", body(VEHICLE, "  at timestamp(6)"), 5, DesignMessage.SNAPSHOT_MALFORMED),
        broken("an unterminated quote", body(VEHICLE, "  id bigint", "  comment \"unfinished"), 6,
            DesignMessage.SNAPSHOT_MALFORMED),
        broken("an unknown escape", body(VEHICLE, "  id bigint default \"\\q\""), 5, DesignMessage.SNAPSHOT_MALFORMED),
        broken("a short unicode escape", body(VEHICLE, "  id bigint default \"\\u12\""), 5, DesignMessage.SNAPSHOT_MALFORMED),
        broken("a missing head line", SnapshotFormat.HEADER + "\nformat 1\nschema fleet\n", 3, DesignMessage.SNAPSHOT_MALFORMED),
        broken("a text that ends before the head", "format 1\n", 2, DesignMessage.SNAPSHOT_MALFORMED),
        broken("a head line without a revision", "format 1\nhead\n", 2, DesignMessage.SNAPSHOT_MALFORMED),
        broken("an empty text", "", 1, DesignMessage.SNAPSHOT_MALFORMED),
        broken("a missing format line", "# hello\nhead r1\n", 2, DesignMessage.SNAPSHOT_MALFORMED),
        broken("a column outside a table", body("schema fleet", "  id bigint"), 5, DesignMessage.SNAPSHOT_MALFORMED),
        broken("a column before the first table", body("  id bigint"), 4, DesignMessage.SNAPSHOT_MALFORMED),
        broken("a column after the table's constraints", body(VEHICLE, "  id bigint", "  primary key pk (id)",
            "  vin text"), 7, DesignMessage.SNAPSHOT_MALFORMED),
        broken("a second primary key", body(VEHICLE, "  id bigint", "  primary key pk (id)", "  primary key pk2 (id)"), 7,
            DesignMessage.SNAPSHOT_MALFORMED),
        broken("an unquoted mixed-case name", body("table Vehicle"), 4, DesignMessage.SNAPSHOT_MALFORMED),
        broken("a tab for indentation", body(VEHICLE, "\tid bigint"), 5, DesignMessage.SNAPSHOT_MALFORMED),
        broken("an indentation of four spaces", body(VEHICLE, "    id bigint"), 5, DesignMessage.SNAPSHOT_MALFORMED),
        broken("trailing garbage after a table name", body("table fleet.vehicle extra"), 4, DesignMessage.SNAPSHOT_MALFORMED),
        broken("trailing garbage after a column", body(VEHICLE, "  id bigint not null nullable"), 5,
            DesignMessage.SNAPSHOT_MALFORMED),
        broken("trailing garbage at the end of the file", body(VEHICLE, "  id bigint", "}"), 6,
            DesignMessage.SNAPSHOT_MALFORMED),
        broken("a second format line", body("format 1"), 4, DesignMessage.SNAPSHOT_MALFORMED),
        broken("a sequence without its cache", body("sequence s start 1 increment 1"), 4, DesignMessage.SNAPSHOT_MALFORMED),
        broken("a number too large", body("sequence s start 9223372036854775808 increment 1 cache 1"), 4,
            DesignMessage.SNAPSHOT_MALFORMED),
        broken("an unknown referential action", body(VEHICLE, "  id bigint",
            "  foreign key fk (id) references t (id) on delete explode"), 6, DesignMessage.SNAPSHOT_MALFORMED),
        broken("a duplicate table", body(VEHICLE, "  id bigint", "", VEHICLE, "  id bigint"), 7,
            DesignMessage.SNAPSHOT_INVALID),
        broken("a duplicate schema", body("schema fleet", "schema fleet"), 5, DesignMessage.SNAPSHOT_INVALID),
        broken("a duplicate enum type", body("enum e", "enum e"), 5, DesignMessage.SNAPSHOT_INVALID),
        broken("a duplicate sequence", body("sequence s start 1 increment 1 cache 1",
            "sequence s start 1 increment 1 cache 1"), 5, DesignMessage.SNAPSHOT_INVALID),
        broken("a duplicate column", body(VEHICLE, "  id bigint", "  id text"), 6, DesignMessage.SNAPSHOT_INVALID),
        broken("a duplicate enum value", body("enum e", "  \"A\"", "  \"A\""), 6, DesignMessage.SNAPSHOT_INVALID),
        broken("two unique constraints of the same name", body(VEHICLE, "  id bigint", "  unique uk (id)",
            "  unique uk (id)"), 7, DesignMessage.SNAPSHOT_INVALID),
        broken("a foreign key naming a column the table lacks", body(VEHICLE, "  id bigint",
            "  foreign key fk_vehicle_driver (driver_id) references fleet.driver (id)"), 6, DesignMessage.SNAPSHOT_INVALID),
        broken("a primary key naming a column the table lacks", body(VEHICLE, "  id bigint", "  primary key pk (vin)"), 6,
            DesignMessage.SNAPSHOT_INVALID),
        broken("an index naming a column the table lacks", body(VEHICLE, "  id bigint", "  unique index ix (vin desc)"), 6,
            DesignMessage.SNAPSHOT_INVALID),
        broken("a nullable identity column", body(VEHICLE, "  id bigint generated always as identity"), 5,
            DesignMessage.SNAPSHOT_INVALID),
        broken("a varchar of length zero", body(VEHICLE, "  v character varying(0)"), 5, DesignMessage.SNAPSHOT_INVALID),
        broken("a scale larger than the precision", body(VEHICLE, "  n numeric(2,3)"), 5, DesignMessage.SNAPSHOT_INVALID),
        broken("a blank raw definition", body(VEHICLE, "  g raw \" \""), 5, DesignMessage.SNAPSHOT_INVALID),
        broken("a sequence stepping by zero", body("sequence s start 1 increment 0 cache 1"), 4, DesignMessage.SNAPSHOT_INVALID),
        broken("an empty table name", body("table \"\""), 4, DesignMessage.SNAPSHOT_INVALID),
        broken("a newer format", "format 3\nsomething a newer Retort understands\n", 1, DesignMessage.SNAPSHOT_TOO_NEW),
        broken("an older format that never existed", "format 0\nhead none\n", 1, DesignMessage.SNAPSHOT_MALFORMED),
        broken("git conflict markers on the head line", SnapshotFormat.HEADER + "\nformat 1\n<<<<<<< HEAD\nhead a1\n"
            + "=======\nhead b1\n>>>>>>> feature\n", 3, DesignMessage.SNAPSHOT_MERGE_CONFLICT));
  }

  private static Arguments broken(String what, String text, int line, DesignMessage code) {
    return Arguments.of(what, text, line, code);
  }

  @ParameterizedTest(name = "{0} is reported at line {2} as {3}")
  @MethodSource("brokenSnapshots")
  void aBrokenSnapshotIsReportedWithItsFileLineAndCatalogCode(String what, String text, int line, DesignMessage code) {
    SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotFormat.parse(text, SOURCE), what);
    assertEquals(SOURCE, e.source(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(code, e.catalogEntry(), e.getMessage());
    assertTrue(e.getMessage().startsWith(code.code() + " The schema snapshot " + SOURCE + " "), e.getMessage());
    assertTrue(e.getMessage().contains("line " + line), e.getMessage());
  }

  @Test
  void theMessageSaysWhatWasExpectedAndWhatWasFound() {
    SnapshotException e = assertThrows(SnapshotException.class,
        () -> SnapshotFormat.parse(body(VEHICLE, "  vin varchar(17)"), "fleet.snapshot"));
    assertTrue(e.getMessage().startsWith("RTR-801 The schema snapshot fleet.snapshot cannot be read at line 5: expected"
        + " a column type"), e.getMessage());
    assertTrue(e.getMessage().contains("but found `varchar(17)`"), e.getMessage());
    assertEquals(Category.INTEGRITY, e.category());
  }

  @Test
  void anUnterminatedQuoteSaysWhereTheStringStarted() {
    SnapshotException e = assertThrows(SnapshotException.class,
        () -> SnapshotFormat.parse(body(VEHICLE, "  id bigint comment \"oops"), "fleet.snapshot"));
    assertTrue(e.getMessage().contains("expected the closing `\"` of the string that starts at column 21, but found"
        + " the end of the line"), e.getMessage());
  }

  @Test
  void aForeignKeyOnAMissingColumnQuotesTheModelsReason() {
    SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotFormat.parse(
        body(VEHICLE, "  id bigint", "  foreign key fk_vehicle_driver (driver_id) references fleet.driver (id)"),
        "fleet.snapshot"));
    assertTrue(e.getMessage().contains("at line 6: foreign key fk_vehicle_driver of table fleet.vehicle names column"
        + " driver_id, which the table does not have"), e.getMessage());
    assertTrue(e.getCause() instanceof IllegalArgumentException);
  }

  @Test
  void aNewerFormatAsksToUpgradeRetort() {
    SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotFormat.parse("format 7\n", "s.snapshot"));
    assertTrue(e.getMessage().contains("in format 7, but this Retort reads formats up to 2"), e.getMessage());
    assertTrue(e.getMessage().contains("Upgrade Retort"), e.getMessage());
  }

  @Test
  void aConflictMarkerIsExplainedAsTwoBranchesThatEachAddedAMigration() {
    SnapshotException e = assertThrows(SnapshotException.class,
        () -> SnapshotFormat.parse("format 1\n<<<<<<< HEAD\nhead a\n=======\nhead b\n>>>>>>> other\n", "s.snapshot"));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("two branches each added a migration"), e.getMessage());
  }

  @Test
  void aHandEditedSnapshotIsRejectedWithoutBeingChanged() {
    String text = SnapshotFormat.write(SnapshotFixtures.fleet()).replace("  make character varying(64) not null\n",
        "  make varchar(64) not null\n");
    String copy = new String(text.toCharArray());
    SnapshotException e = assertThrows(SnapshotException.class, () -> SnapshotFormat.parse(text, "fleet.snapshot"));
    assertEquals(text.substring(0, text.indexOf("  make varchar")).split("\n", -1).length, e.line());
    assertEquals(copy, text);
  }
}
