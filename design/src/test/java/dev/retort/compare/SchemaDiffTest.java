package dev.retort.compare;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.enumType;
import static dev.retort.migration.Definitions.foreignKey;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.integer;
import static dev.retort.migration.Definitions.sequence;
import static dev.retort.migration.Definitions.text;
import static dev.retort.migration.Definitions.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.migration.Operations;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.QualifiedName;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.evolution.ModelEvolution;
import dev.retort.ops.Operation;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** For each kind of change, the exact operations in both directions. */
class SchemaDiffTest {

  private static final QualifiedName DRIVERS = QualifiedName.of("drivers");
  private static final QualifiedName VEHICLES = QualifiedName.of("vehicles");
  private static final ForeignKey VEHICLE_DRIVER = foreignKey("fk_vehicles_driver", "driver_id").references("drivers", "id");

  private static SchemaModel model(Consumer<Operations> body) {
    Operations op = new Operations();
    body.accept(op);
    return ModelEvolution.apply(SchemaModel.empty(), op.operations());
  }

  private static final Consumer<Operations> DRIVERS_TABLE = op -> op.createTable("drivers", t -> t
      .column(column("id", bigint()).generatedAsIdentity())
      .column(column("name", varchar(100)).notNull())
      .primaryKey("drivers_pkey", "id"));

  private static final SchemaModel BASE = model(DRIVERS_TABLE);

  private static void assertDiff(SchemaModel before, SchemaModel after, List<Operation> forward, List<Operation> backward) {
    assertEquals(forward, SchemaDiff.between(before, after), "before -> after");
    assertEquals(backward, SchemaDiff.between(after, before), "after -> before");
  }

  @Test
  void aNewTableIsCreatedAndAVanishedOneDroppedWithItsDefinition() {
    SchemaModel after = model(DRIVERS_TABLE.andThen(op -> op.createTable("vehicles", t -> t
        .column(column("id", bigint()).notNull()).column("driver_id", bigint())
        .primaryKey("vehicles_pkey", "id").foreignKey(VEHICLE_DRIVER))));
    var vehicles = after.table(VEHICLES).orElseThrow();
    assertDiff(BASE, after,
        List.of(new Operation.CreateTable(vehicles)),
        List.of(new Operation.DropForeignKey(VEHICLES, VEHICLE_DRIVER), new Operation.DropTable(vehicles.withForeignKeys(List.of()))));
  }

  @Test
  void tablesThatReferenceEachOtherAreCreatedFirstAndLinkedAfter() {
    SchemaModel after = model(op -> op
        .createTable("a", t -> t.column(column("id", bigint()).notNull()).column("b_id", bigint()).primaryKey("a_pkey", "id"))
        .createTable("b", t -> t.column(column("id", bigint()).notNull()).column("a_id", bigint()).primaryKey("b_pkey", "id")
            .foreignKey(foreignKey("fk_b_a", "a_id").references("a", "id")))
        .addForeignKey("a", foreignKey("fk_a_b", "b_id").references("b", "id")));
    List<Operation> ops = SchemaDiff.between(SchemaModel.empty(), after);
    assertEquals(List.of("CreateTable a", "CreateTable b", "AddForeignKey a"),
        ops.stream().map(o -> o.getClass().getSimpleName() + " " + name(o)).toList());
    var createdB = (Operation.CreateTable) ops.get(1);
    assertEquals(1, createdB.table().foreignKeys().size());
  }

  @Test
  void aDeclaredTableRenameIsARenameAndWithoutTheHintADropAndACreate() {
    SchemaModel after = model(DRIVERS_TABLE.andThen(op -> op.renameTable("drivers", "chauffeurs")));
    QualifiedName chauffeurs = QualifiedName.of("chauffeurs");
    assertEquals(List.of(new Operation.RenameTable(DRIVERS, "chauffeurs")),
        SchemaDiff.between(BASE, after, RenameHints.none().renameTable(DRIVERS, chauffeurs)));
    assertEquals(List.of("DropTable drivers", "CreateTable chauffeurs"),
        SchemaDiff.between(BASE, after).stream().map(o -> o.getClass().getSimpleName() + " " + name(o)).toList());
  }

  @Test
  void anInertRenameHintChangesNothing() {
    SchemaModel renamed = model(DRIVERS_TABLE.andThen(op -> op.renameTable("drivers", "chauffeurs")));
    assertEquals(List.of(), SchemaDiff.between(renamed, renamed, RenameHints.none().renameTable(DRIVERS, QualifiedName.of("chauffeurs"))));
  }

  @Test
  void columnsAreAddedDroppedAndRenamed() {
    Column phone = column("phone", varchar(20));
    SchemaModel after = model(DRIVERS_TABLE.andThen(op -> op.addColumn("drivers", phone)));
    assertDiff(BASE, after, List.of(new Operation.AddColumn(DRIVERS, phone)), List.of(new Operation.DropColumn(DRIVERS, phone)));

    SchemaModel renamed = model(DRIVERS_TABLE.andThen(op -> op.renameColumn("drivers", "name", "full_name")));
    assertEquals(List.of(new Operation.RenameColumn(DRIVERS, "name", "full_name")),
        SchemaDiff.between(BASE, renamed, RenameHints.none().renameColumn(DRIVERS, "name", "full_name")));
  }

  @Test
  void typeNullabilityDefaultAndCommentChangesAreOneOperationEach() {
    SchemaModel after = model(DRIVERS_TABLE.andThen(op -> op
        .alterColumnType("drivers", "name", varchar(100), text())
        .dropNotNull("drivers", "name")
        .alterColumnDefault("drivers", "name", null, "'anonymous'::text")
        .commentOnColumn("drivers", "name", null, "as printed")));
    assertDiff(BASE, after,
        List.of(new Operation.AlterColumnType(DRIVERS, "name", varchar(100), text(), null),
            new Operation.AlterColumnNullability(DRIVERS, "name", true),
            new Operation.AlterColumnDefault(DRIVERS, "name", null, "'anonymous'::text"),
            new Operation.SetColumnComment(DRIVERS, "name", null, "as printed")),
        List.of(new Operation.AlterColumnType(DRIVERS, "name", text(), varchar(100), null),
            new Operation.AlterColumnDefault(DRIVERS, "name", "'anonymous'::text", null),
            new Operation.AlterColumnNullability(DRIVERS, "name", false),
            new Operation.SetColumnComment(DRIVERS, "name", "as printed", null)));
  }

  @Test
  void identityIsAddedAfterTheColumnIsMadeNotNull() {
    SchemaModel before = model(op -> op.createTable("logs", t -> t.column("seq", bigint())));
    SchemaModel after = model(op -> op.createTable("logs", t -> t.column(column("seq", bigint()).generatedAsIdentity())));
    QualifiedName logs = QualifiedName.of("logs");
    assertDiff(before, after,
        List.of(new Operation.AlterColumnNullability(logs, "seq", false),
            new Operation.AlterColumnIdentity(logs, "seq", Identity.NONE, Identity.BY_DEFAULT)),
        List.of(new Operation.AlterColumnIdentity(logs, "seq", Identity.BY_DEFAULT, Identity.NONE),
            new Operation.AlterColumnNullability(logs, "seq", true)));
  }

  @Test
  void keysIndexesAndChecksAreAddedAndDroppedAndAChangedOneIsReplaced() {
    SchemaModel after = model(DRIVERS_TABLE.andThen(op -> op
        .addUnique("drivers", "uk_drivers_name", "name")
        .createIndex("drivers", index("ix_drivers_name", "name"))
        .addCheck("drivers", "ck_drivers_name", "(length(name) > 0)")));
    assertDiff(BASE, after,
        List.of(new Operation.AddUniqueConstraint(DRIVERS, new dev.retort.model.UniqueConstraint("uk_drivers_name", List.of("name"))),
            new Operation.AddCheckConstraint(DRIVERS, new dev.retort.model.CheckConstraint("ck_drivers_name", "(length(name) > 0)")),
            new Operation.CreateIndex(DRIVERS, index("ix_drivers_name", "name"), false)),
        List.of(new Operation.DropIndex(DRIVERS, index("ix_drivers_name", "name"), false),
            new Operation.DropCheckConstraint(DRIVERS, new dev.retort.model.CheckConstraint("ck_drivers_name", "(length(name) > 0)")),
            new Operation.DropUniqueConstraint(DRIVERS, new dev.retort.model.UniqueConstraint("uk_drivers_name", List.of("name")))));

    SchemaModel unique = model(DRIVERS_TABLE.andThen(op -> op.createIndex("drivers", index("ix_drivers_name", "name").asUnique())));
    assertEquals(List.of(new Operation.DropIndex(DRIVERS, index("ix_drivers_name", "name"), false),
            new Operation.CreateIndex(DRIVERS, index("ix_drivers_name", "name").asUnique(), false)),
        SchemaDiff.between(ModelEvolution.apply(BASE, new Operation.CreateIndex(DRIVERS, index("ix_drivers_name", "name"), false)), unique));
  }

  @Test
  void aChangedOnDeleteReplacesTheForeignKey() {
    Consumer<Operations> vehicles = DRIVERS_TABLE.andThen(op -> op.createTable("vehicles", t -> t
        .column(column("id", bigint()).notNull()).column("driver_id", bigint()).primaryKey("vehicles_pkey", "id")));
    SchemaModel before = model(vehicles.andThen(op -> op.addForeignKey("vehicles", VEHICLE_DRIVER)));
    ForeignKey cascading = VEHICLE_DRIVER.onDelete(ReferentialAction.CASCADE);
    SchemaModel after = model(vehicles.andThen(op -> op.addForeignKey("vehicles", cascading)));
    assertDiff(before, after,
        List.of(new Operation.DropForeignKey(VEHICLES, VEHICLE_DRIVER), new Operation.AddForeignKey(VEHICLES, cascading)),
        List.of(new Operation.DropForeignKey(VEHICLES, cascading), new Operation.AddForeignKey(VEHICLES, VEHICLE_DRIVER)));
  }

  @Test
  void aNewEnumValueIsAddedInPlaceAndARemovedOneDroppedLast() {
    SchemaModel before = model(op -> op.createEnumType(enumType("service_type", "oil", "tires")));
    SchemaModel after = model(op -> op.createEnumType(enumType("service_type", "oil", "brakes", "tires")));
    assertDiff(before, after,
        List.of(new Operation.AddEnumValue(enumType("service_type", "oil", "tires"), "brakes", "oil")),
        List.of(new Operation.DropEnumValue(enumType("service_type", "oil", "brakes", "tires"), "brakes")));
  }

  @Test
  void sequencesAreCreatedAlteredAndDropped() {
    SchemaModel before = model(op -> op.createSequence(sequence("orders_seq").incrementBy(50)));
    SchemaModel after = model(op -> op.createSequence(sequence("orders_seq").incrementBy(10)));
    assertDiff(before, after,
        List.of(new Operation.AlterSequence(sequence("orders_seq").incrementBy(50), sequence("orders_seq").incrementBy(10))),
        List.of(new Operation.AlterSequence(sequence("orders_seq").incrementBy(10), sequence("orders_seq").incrementBy(50))));
    assertDiff(SchemaModel.empty(), before,
        List.of(new Operation.CreateSequence(sequence("orders_seq").incrementBy(50))),
        List.of(new Operation.DropSequence(sequence("orders_seq").incrementBy(50))));
  }

  @Test
  void aSchemaIsCreatedBeforeItsTablesAndDroppedAfterThem() {
    SchemaModel after = model(op -> op.createSchema("billing").inSchema("billing")
        .createTable("invoices", t -> t.column(column("id", integer()).notNull())));
    List<String> forward = SchemaDiff.between(SchemaModel.empty(), after).stream().map(o -> o.getClass().getSimpleName()).toList();
    List<String> backward = SchemaDiff.between(after, SchemaModel.empty()).stream().map(o -> o.getClass().getSimpleName()).toList();
    assertEquals(List.of("CreateSchema", "CreateTable"), forward);
    assertEquals(List.of("DropTable", "DropSchema"), backward);
  }

  @Test
  void columnOrderIsNotAChange() {
    SchemaModel before = model(op -> op.createTable("t", t -> t.column("a", integer()).column("b", integer())));
    SchemaModel after = model(op -> op.createTable("t", t -> t.column("b", integer()).column("a", integer())));
    assertEquals(List.of(), SchemaDiff.between(before, after));
  }

  private static String name(Operation op) {
    if (op instanceof Operation.CreateTable create) {
      return create.table().name().toString();
    }
    if (op instanceof Operation.DropTable drop) {
      return drop.table().name().toString();
    }
    if (op instanceof Operation.AddForeignKey add) {
      return add.table().toString();
    }
    return "";
  }
}
