package dev.retort.runtime;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.foreignKey;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A revision of online forms whose VALIDATE fails on the rows it finds stops with what it finished
 * kept and the constraint NOT VALID; once the rows are fixed, the next boot resumes it: no
 * "already exists", the finished parts kept, the constraint validated.
 */
@PostgresTest
class OnlineResumptionTest {

  /** Drivers and vehicles with rows; vehicle 3 has no driver (0) and vehicle 4 no plate. */
  private static final Migration TABLES = TestMigration.of("a", null, op -> op
      .createTable("drivers", t -> t.column(column("id", bigint()).notNull()).primaryKey("drivers_pkey", "id"))
      .createTable("vehicles", t -> t
          .column(column("id", bigint()).notNull())
          .column(column("driver_id", bigint()))
          .column(column("plate", varchar(20)))
          .primaryKey("vehicles_pkey", "id"))
      .execute("INSERT INTO drivers (id) SELECT g FROM generate_series(1, 10) g")
      .execute("INSERT INTO vehicles (id, driver_id, plate) SELECT g, g, 'P-' || g FROM generate_series(1, 10) g")
      .execute("UPDATE vehicles SET driver_id = 0 WHERE id = 3")
      .execute("UPDATE vehicles SET plate = NULL WHERE id = 4"), op -> op.dropTable("vehicles").dropTable("drivers"));

  /** Every online form, in one revision outside a transaction, as the processor generates them. */
  private static final Migration TIGHTEN = TestMigration.of("b", "a", op -> op
      .addUniqueOnline("vehicles", "uk_vehicles_plate", "plate")
      .createIndexConcurrently("vehicles", index("ix_vehicles_driver", "driver_id"))
      .addCheckOnline("vehicles", "ck_vehicles_driver", "(driver_id > 0)")
      .addForeignKeyOnline("vehicles", foreignKey("fk_vehicles_driver", "driver_id").references("drivers", "id"))
      .setNotNullOnline("vehicles", "plate"), op -> { }).nonTransactional();

  private final TestDatabase db;

  OnlineResumptionTest(TestDatabase db) {
    this.db = db;
  }

  @BeforeEach
  void startFromTablesWithRows() throws Exception {
    Catalog.reset(db);
    Retort.configure().dataSource(db.dataSource()).migrations(TABLES).migrate();
  }

  private Retort.Builder retort() {
    return Retort.configure().dataSource(db.dataSource()).migrations(TABLES, TIGHTEN);
  }

  @Test
  void aCheckWhoseValidationFailsIsLeftNotValidAndTheBootAfterTheRowsAreFixedValidatesIt() throws Exception {
    RetortException stopped = assertThrows(RetortException.class, () -> retort().migrate());

    assertEquals(Message.ONLINE_MIGRATION_STOPPED, stopped.catalogEntry());
    assertTrue(stopped.getMessage().contains("VALIDATE CONSTRAINT ck_vehicles_driver"), stopped.getMessage());
    assertTrue(stopped.getMessage().contains("the revision resumes"), stopped.getMessage());
    assertEquals(List.of("b|false"), row("b"));
    assertEquals(List.of("ck_vehicles_driver|false", "uk_vehicles_plate|true"), constraints());
    assertEquals(List.of("ix_vehicles_driver|true", "uk_vehicles_plate|true"), indexes());

    RetortException again = assertThrows(RetortException.class, () -> retort().migrate());
    assertEquals(Message.ONLINE_MIGRATION_STOPPED, again.catalogEntry(), again.getMessage());
    assertTrue(again.getMessage().contains("VALIDATE CONSTRAINT ck_vehicles_driver"), again.getMessage());
    assertFalse(again.getMessage().contains("already exists"), again.getMessage());

    db.execute("UPDATE vehicles SET driver_id = 3 WHERE id = 3");
    RetortException notNull = assertThrows(RetortException.class, () -> retort().migrate());
    assertEquals(Message.ONLINE_MIGRATION_STOPPED, notNull.catalogEntry(), notNull.getMessage());
    assertTrue(notNull.getMessage().contains("VALIDATE CONSTRAINT retort_plate_not_null"), notNull.getMessage());
    assertEquals(List.of("ck_vehicles_driver|true", "fk_vehicles_driver|true", "retort_plate_not_null|false",
        "uk_vehicles_plate|true"), constraints());

    db.execute("UPDATE vehicles SET plate = 'P-4' WHERE id = 4");
    MigrationReport resumed = retort().migrate();

    assertEquals(List.of("b"), resumed.revisions());
    assertEquals(List.of("a|true", "b|true"), Catalog.strings(db,
        "SELECT revision || '|' || success FROM retort_history ORDER BY revision"));
    assertEquals(List.of("ck_vehicles_driver|true", "fk_vehicles_driver|true", "uk_vehicles_plate|true"), constraints());
    assertEquals(List.of("ix_vehicles_driver|true", "uk_vehicles_plate|true"), indexes());
    assertEquals(List.of("true"), Catalog.strings(db,
        "SELECT attnotnull::text FROM pg_attribute WHERE attrelid = 'vehicles'::regclass AND attname = 'plate'"));
    assertEquals(List.of(), retort().migrate().revisions(), "the next boot finds nothing to do");
  }

  @Test
  void aConstraintLeftNotValidWithAnotherDefinitionIsReplacedByTheRevisionsOwn() throws Exception {
    assertThrows(RetortException.class, () -> retort().migrate());
    // The same name, a looser definition: the revision's own is what the resumed run must leave.
    db.execute("ALTER TABLE vehicles DROP CONSTRAINT ck_vehicles_driver");
    db.execute("ALTER TABLE vehicles ADD CONSTRAINT ck_vehicles_driver CHECK (driver_id >= 0) NOT VALID");
    db.execute("UPDATE vehicles SET driver_id = 3 WHERE id = 3");
    db.execute("UPDATE vehicles SET plate = 'P-4' WHERE id = 4");

    assertEquals(List.of("b"), retort().migrate().revisions());

    assertEquals(List.of("CHECK ((driver_id > 0))"), Catalog.strings(db,
        "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'ck_vehicles_driver'"));
  }

  @Test
  void aFailedRevisionThatIsNotMadeOfOnlineFormsStillStopsTheBootWithItsRecovery() throws Exception {
    Migration mixed = TestMigration.of("b", "a", op -> op
        .execute("UPDATE vehicles SET plate = plate")
        .addCheckOnline("vehicles", "ck_vehicles_driver", "(driver_id > 0)"), op -> { }).nonTransactional();

    RetortException stopped = assertThrows(RetortException.class,
        () -> Retort.configure().dataSource(db.dataSource()).migrations(TABLES, mixed).migrate());
    assertEquals(Message.NON_TRANSACTIONAL_MIGRATION_FAILED, stopped.catalogEntry());

    RetortException next = assertThrows(RetortException.class,
        () -> Retort.configure().dataSource(db.dataSource()).migrations(TABLES, mixed).migrate());
    assertEquals(Message.FAILED_REVISION_IN_HISTORY, next.catalogEntry());
  }

  private List<String> row(String revision) throws Exception {
    return Catalog.strings(db, "SELECT revision || '|' || success FROM retort_history WHERE revision = '" + revision + "'");
  }

  private List<String> constraints() throws Exception {
    return Catalog.strings(db, "SELECT conname || '|' || convalidated FROM pg_constraint"
        + " WHERE conrelid = 'vehicles'::regclass AND contype IN ('c', 'f', 'u') ORDER BY conname");
  }

  private List<String> indexes() throws Exception {
    return Catalog.strings(db, "SELECT c.relname || '|' || i.indisvalid FROM pg_index i JOIN pg_class c"
        + " ON c.oid = i.indexrelid WHERE i.indrelid = 'vehicles'::regclass AND NOT i.indisprimary ORDER BY c.relname");
  }
}
