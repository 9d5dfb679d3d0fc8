package dev.retort.render.java;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.migration.Revision;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import dev.retort.ops.Operation;
import java.time.LocalDateTime;
import java.util.List;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Class names and revision ids: sortable by creation time, carrying a slug, always legal. */
class MigrationNamesTest {

  private static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 21, 14, 30, 59);
  private static final QualifiedName DRIVERS = QualifiedName.of("drivers");

  @Test
  void theClassNameAndRevisionIdCarryTheMinuteOfCreationAndTheSlug() {
    MigrationNames.Name name = MigrationNames.of(CREATED, "Add phone number to drivers");
    assertEquals("V20261121_1430__add_phone_number_to_drivers", name.className());
    assertEquals("20261121_1430_add_phone_number_to_drivers", name.revisionId());
  }

  @Test
  void namesCreatedLaterSortAfterNamesCreatedEarlier() {
    String earlier = MigrationNames.of(LocalDateTime.of(2026, 9, 30, 23, 59), "z").className();
    String later = MigrationNames.of(LocalDateTime.of(2026, 10, 1, 0, 0), "a").className();
    assertTrue(earlier.compareTo(later) < 0);
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Add phone number to drivers|add_phone_number_to_drivers",
      "Crème brûlée für Straße & Øresund|creme_brulee_fur_strasse_oresund",
      "  drop drivers.active, rename trips -> journeys!  |drop_drivers_active_rename_trips_journeys",
      "driver's licence|drivers_licence",
      "ADD   UUID-Column (v2)|add_uuid_column_v2",
      "2fa for users|2fa_for_users",
      "日本語のみ|migration",
      "\u2019|migration",
  })
  void slugsAreLowerCaseAsciiWordsJoinedByUnderscores(String message, String slug) {
    assertEquals(slug, MigrationNames.slug(message));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "!!!", "---"})
  void aMessageWithoutWordsFallsBackToMigration(String message) {
    assertEquals("migration", MigrationNames.slug(message));
    assertEquals("V20261121_1430__migration", MigrationNames.of(CREATED, message).className());
  }

  @Test
  void aMissingMessageFallsBackToMigration() {
    assertEquals("migration", MigrationNames.slug(null));
  }

  @Test
  void longMessagesAreCutAtAWordBoundaryWithinFiftyCharacters() {
    String slug = MigrationNames.slug("add the preferred contact method and the emergency phone number to every driver record");
    assertEquals("add_the_preferred_contact_method_and_the_emergency", slug);
    assertTrue(slug.length() <= MigrationNames.MAX_SLUG_LENGTH);
  }

  @Test
  void aSingleOverlongWordIsCutToFiftyCharacters() {
    String slug = MigrationNames.slug("x".repeat(80) + " tail");
    assertEquals("x".repeat(50), slug);
  }

  @ParameterizedTest
  @ValueSource(strings = {"class", "new", "true", "null", "_", "enum record", "2fa", "goto const", "1"})
  void theClassNameIsAlwaysALegalIdentifierAndNeverAKeyword(String message) {
    MigrationNames.Name name = MigrationNames.of(CREATED, message);
    assertTrue(SourceVersion.isName(name.className()), name.className());
    assertTrue(!SourceVersion.isKeyword(name.className()), name.className());
    new Revision(name.revisionId(), List.of(), message, true);
  }

  @Test
  void oneAddedColumnIsSummarisedInWordsEvenWithItsIndex() {
    Operation add = new Operation.AddColumn(DRIVERS, column("phone_number", varchar(32)));
    Operation index = new Operation.CreateIndex(DRIVERS, index("ix_drivers_phone", "phone_number"), false);
    assertEquals("add phone number to drivers", MigrationNames.summarize(List.of(add)));
    assertEquals("add phone number to drivers", MigrationNames.summarize(List.of(add, index)));
  }

  @Test
  void createdTablesAreSummarisedByTheFirstAndACount() {
    Operation vehicles = new Operation.CreateTable(table("vehicles"));
    Operation drivers = new Operation.CreateTable(table("drivers"));
    Operation trips = new Operation.CreateTable(table("trips"));
    assertEquals("create vehicles", MigrationNames.summarize(List.of(vehicles)));
    assertEquals("create vehicles and 1 more table", MigrationNames.summarize(List.of(vehicles, drivers)));
    assertEquals("create vehicles and 2 more tables", MigrationNames.summarize(List.of(vehicles, drivers, trips)));
  }

  @Test
  void columnsAddedToOrDroppedFromOneTableAreNamedInTheSummary() {
    QualifiedName users = QualifiedName.of("users");
    Operation email = new Operation.AddColumn(users, column("email", bigint()));
    Operation status = new Operation.AddColumn(users, column("status", bigint()));
    Operation phone = new Operation.AddColumn(users, column("phone", bigint()));
    Operation fax = new Operation.AddColumn(users, column("fax", bigint()));
    assertEquals("add email and status to users", MigrationNames.summarize(List.of(email, status)));
    assertEquals("add email, status and phone to users", MigrationNames.summarize(List.of(email, status, phone)));
    assertEquals("add email, status and 2 more columns to users",
        MigrationNames.summarize(List.of(email, status, phone, fax)));
    assertEquals("drop email and status from users", MigrationNames.summarize(List.of(
        new Operation.DropColumn(users, column("email", bigint())), new Operation.DropColumn(users, column("status", bigint())))));
  }

  @Test
  void aColumnAddedNullableThenEnforcedIsNamedAsTheAddedColumn() {
    QualifiedName users = QualifiedName.of("users");
    assertEquals("add email to users", MigrationNames.summarize(List.of(
        new Operation.AddColumn(users, column("email", bigint())),
        new Operation.AlterColumnNullability(users, "email", false))));
  }

  @Test
  void otherChangesAreSummarisedByTheTablesTheyTouch() {
    Operation rename = new Operation.RenameColumn(DRIVERS, "name", "full_name");
    Operation notNull = new Operation.AlterColumnNullability(DRIVERS, "full_name", false);
    Operation vehicles = new Operation.AddColumn(QualifiedName.of("vehicles"), column("km", bigint()));
    assertEquals("rename name to full name in drivers", MigrationNames.summarize(List.of(rename)));
    assertEquals("change drivers", MigrationNames.summarize(List.of(rename, notNull)));
    assertEquals("change drivers and 1 more table", MigrationNames.summarize(List.of(rename, notNull, vehicles)));
    assertEquals("change schema", MigrationNames.summarize(List.of(new Operation.Execute("SELECT 1"),
        new Operation.Execute("SELECT 2"))));
    assertEquals("migration", MigrationNames.summarize(List.of()));
  }

  private static Table table(String name) {
    return Table.named(QualifiedName.of(name)).withColumn(column("id", bigint()));
  }
}
