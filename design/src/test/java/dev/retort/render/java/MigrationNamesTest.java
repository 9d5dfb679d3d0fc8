package dev.retort.render.java;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.integer;
import static dev.retort.migration.Definitions.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.migration.Revision;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Identity;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
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
  void aSingleAlteredColumnIsNamedByWhatChangedInIt() {
    assertEquals("make email not null in drivers",
        summarize(new Operation.AlterColumnNullability(DRIVERS, "email", false)));
    assertEquals("make email not null in drivers",
        summarize(new Operation.AlterColumnNullability(DRIVERS, "email", false, true)), "the online form names alike");
    assertEquals("make email nullable in drivers", summarize(new Operation.AlterColumnNullability(DRIVERS, "email", true)));
    assertEquals("widen name in drivers", summarize(new Operation.AlterColumnType(DRIVERS, "name", varchar(80), varchar(200), null)));
    assertEquals("narrow name in drivers", summarize(new Operation.AlterColumnType(DRIVERS, "name", varchar(255), varchar(80), null)));
    assertEquals("change type of licence in drivers",
        summarize(new Operation.AlterColumnType(DRIVERS, "licence", varchar(4), integer(), "licence::integer")));
    assertEquals("set default of active in drivers", summarize(new Operation.AlterColumnDefault(DRIVERS, "active", null, "true")));
    assertEquals("change default of active in drivers",
        summarize(new Operation.AlterColumnDefault(DRIVERS, "active", "true", "false")));
    assertEquals("drop default of active in drivers", summarize(new Operation.AlterColumnDefault(DRIVERS, "active", "true", null)));
    assertEquals("add identity to id in drivers",
        summarize(new Operation.AlterColumnIdentity(DRIVERS, "id", Identity.NONE, Identity.BY_DEFAULT)));
    assertEquals("change identity of id in drivers",
        summarize(new Operation.AlterColumnIdentity(DRIVERS, "id", Identity.BY_DEFAULT, Identity.ALWAYS)));
    assertEquals("drop identity of id in drivers",
        summarize(new Operation.AlterColumnIdentity(DRIVERS, "id", Identity.ALWAYS, Identity.NONE)));
    assertEquals("comment on email in drivers", summarize(new Operation.SetColumnComment(DRIVERS, "email", null, "work address")));
  }

  @Test
  void severalAlterationsOfColumnsOfOneTableNameTheColumns() {
    Operation narrow = new Operation.AlterColumnType(DRIVERS, "name", varchar(255), varchar(80), null);
    Operation notNull = new Operation.AlterColumnNullability(DRIVERS, "name", false);
    Operation email = new Operation.AlterColumnNullability(DRIVERS, "email", false);
    assertEquals("change name in drivers", MigrationNames.summarize(List.of(narrow, notNull)));
    assertEquals("change name and email in drivers", MigrationNames.summarize(List.of(narrow, notNull, email)));
    assertEquals("change drivers and 1 more table", MigrationNames.summarize(List.of(narrow,
        new Operation.AlterColumnNullability(QualifiedName.of("vehicles"), "vin", false))));
  }

  @Test
  void aSingleConstraintOrObjectChangeIsNamedByWhatChanged() {
    assertEquals("add unique uk drivers email to drivers", summarize(new Operation.AddUniqueConstraint(DRIVERS,
        new UniqueConstraint("uk_drivers_email", List.of("email")))));
    assertEquals("drop check ck drivers age from drivers", summarize(new Operation.DropCheckConstraint(DRIVERS,
        new CheckConstraint("ck_drivers_age", "age >= 18"))));
    assertEquals("create schema billing", summarize(new Operation.CreateSchema("billing")));
    assertEquals("comment on drivers", summarize(new Operation.SetTableComment(DRIVERS, null, "who drives")));
  }

  private static String summarize(Operation operation) {
    return MigrationNames.summarize(List.of(operation));
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
