package dev.retort.render.java;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.bool;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.desc;
import static dev.retort.migration.Definitions.enumType;
import static dev.retort.migration.Definitions.foreignKey;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.nativeEnum;
import static dev.retort.migration.Definitions.numeric;
import static dev.retort.migration.Definitions.sequence;
import static dev.retort.migration.Definitions.table;
import static dev.retort.migration.Definitions.text;
import static dev.retort.migration.Definitions.timestampTz;
import static dev.retort.migration.Definitions.varchar;

import dev.retort.autogenerate.Autogenerate;
import dev.retort.compare.RenameHints;
import dev.retort.compare.SchemaDiff;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.QualifiedName;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.ops.Inverses;
import dev.retort.evolution.ModelEvolution;
import dev.retort.ops.Operation;
import dev.retort.snapshot.Snapshot;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

/** The representative migrations that the golden files and the compile-and-run tests share. */
final class RenderCases {

  static final String PACKAGE = "com.example.fleet.migrations";

  /** A named case: its golden file is {@code <name>.java.txt}. */
  record Case(String name, MigrationSource source) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Makes the revision once the names are known, since the id derives from the message. */
  interface RevisionFactory {
    Revision build(String id, String message);
  }

  private RenderCases() {}

  static List<Case> all() {
    return List.of(initialSchema(), addColumnWithIndex(), dropColumnAndRenameTable(), mergeWithEmptyBodies(),
        concurrentIndex(), billingSchemaReferencingDefaultSchema(), tightenToNotNull(), onlineForms());
  }

  static SchemaModel model(Consumer<Operations> body) {
    Operations op = new Operations();
    body.accept(op);
    return ModelEvolution.apply(SchemaModel.empty(), op.operations());
  }

  /** A diff-made migration: what the processor will hand the writer. */
  static MigrationSource diffed(LocalDateTime created, String message, RevisionFactory revision,
      SchemaModel before, SchemaModel after) {
    List<Operation> upgrade = SchemaDiff.between(before, after);
    return source(created, message, revision, upgrade, Autogenerate.downgradeOf(upgrade));
  }

  static MigrationSource source(LocalDateTime created, String message, RevisionFactory revision,
      List<Operation> upgrade, List<Operation> downgrade) {
    String text = message == null ? MigrationNames.summarize(upgrade) : message;
    MigrationNames.Name name = MigrationNames.of(created, text);
    return new MigrationSource(PACKAGE, name.className(), revision.build(name.revisionId(), text), text, upgrade, downgrade);
  }

  static final Consumer<Operations> FLEET = op -> {
    op.createEnumType(enumType("trip_status", "PLANNED", "DRIVING", "DONE"));
    op.createSequence(sequence("trip_number_seq").startWith(1000).incrementBy(50));
    op.createTable("drivers", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("name", varchar(100)).notNull())
        .column(column("active", bool()).notNull().defaultValue("true"))
        .primaryKey("drivers_pkey", "id")
        .comment("People who may drive a vehicle"));
    op.createTable("vehicles", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("vin", varchar(17)).notNull())
        .column(column("driver_id", bigint()))
        .primaryKey("vehicles_pkey", "id")
        .unique("uk_vehicles_vin", "vin")
        .index(index("ix_vehicles_driver", "driver_id"))
        .foreignKey(foreignKey("fk_vehicles_driver", "driver_id").references("drivers", "id")
            .onDelete(ReferentialAction.SET_NULL)));
    op.createTable("trips", t -> t
        .column(column("id", bigint()).notNull())
        .column(column("vehicle_id", bigint()).notNull())
        .column(column("status", nativeEnum("trip_status")).notNull().defaultValue("'PLANNED'"))
        .column(column("distance_km", numeric(9, 2)))
        .column(column("started_at", timestampTz(6)).notNull())
        .primaryKey("trips_pkey", "id")
        .index(index("ix_trips_vehicle_started", "vehicle_id", "started_at"))
        .foreignKey(foreignKey("fk_trips_vehicle", "vehicle_id").references("vehicles", "id")
            .onDelete(ReferentialAction.CASCADE))
        .check("ck_trips_distance", "distance_km >= 0"));
  };

  /**
   * A nullable column made NOT NULL and a NOT NULL column added, as the autogenerate engine makes them safe for rows,
   * in plain DDL ({@code OnlinePlanTest} has the online forms).
   */
  static Case tightenToNotNull() {
    SchemaModel before = ModelEvolution.apply(model(FLEET),
        List.of(new Operation.AlterColumnNullability(QualifiedName.of("drivers"), "name", true)));
    SchemaModel after = model(FLEET.andThen(op -> op.addColumn("drivers", column("licence", varchar(20)).notNull())));
    var migration = (Autogenerate.NewMigration) Autogenerate.run(new Autogenerate.Request(after,
        new Snapshot("20261120_0900_initial_fleet_schema", before), RenameHints.none(), PACKAGE,
        LocalDateTime.of(2026, 11, 24, 10, 15), null, java.util.Set.of(), false));
    return new Case("tighten_to_not_null", migration.source());
  }

  static Case initialSchema() {
    return new Case("initial_schema", diffed(LocalDateTime.of(2026, 11, 20, 9, 0), "initial fleet schema",
        (id, message) -> Revision.base(id, message), SchemaModel.empty(), model(FLEET)));
  }

  static Case addColumnWithIndex() {
    SchemaModel after = model(FLEET.andThen(op -> {
      op.addColumn("drivers", column("phone_number", varchar(32)).comment("E.164, e.g. +4930123456"));
      op.createIndex("drivers", index("ix_drivers_phone_number", "phone_number").asUnique().where("phone_number IS NOT NULL"));
    }));
    return new Case("add_column_with_index", diffed(LocalDateTime.of(2026, 11, 21, 14, 30), null,
        (id, message) -> Revision.of(id, "20261120_0900_initial_fleet_schema", message), model(FLEET), after));
  }

  static Case dropColumnAndRenameTable() {
    SchemaModel before = model(FLEET);
    QualifiedName drivers = QualifiedName.of("drivers");
    List<Operation> upgrade = List.of(
        new Operation.DropColumn(drivers, before.table(drivers).orElseThrow().column("active").orElseThrow()),
        new Operation.RenameTable(QualifiedName.of("trips"), "journeys"));
    return new Case("drop_column_and_rename_table", source(LocalDateTime.of(2026, 11, 22, 8, 5),
        "drop drivers.active, rename trips to journeys",
        (id, message) -> Revision.of(id, "20261121_1430_add_phone_number_to_drivers", message),
        upgrade, Inverses.of(upgrade)));
  }

  static Case mergeWithEmptyBodies() {
    return new Case("merge_with_empty_bodies", source(LocalDateTime.of(2026, 11, 23, 17, 45), "merge heads",
        (id, message) -> Revision.merge(id, List.of("20261122_0805_drop_drivers_active_rename_trips_to_journeys",
            "20261122_1010_add_vehicle_color"), message),
        List.of(), List.of()));
  }

  static Case concurrentIndex() {
    List<Operation> upgrade = List.of(new Operation.CreateIndex(QualifiedName.of("journeys"),
        index("ix_journeys_started", desc("started_at")), true));
    return new Case("concurrent_index", source(LocalDateTime.of(2026, 11, 24, 6, 0), "index journeys by start",
        (id, message) -> Revision.of(id, "20261123_1745_merge_heads", message).nonTransactional(),
        upgrade, Inverses.of(upgrade)));
  }

  /** Every online form, in a schema of its own too, with a rewriting type change beside them. */
  static Case onlineForms() {
    QualifiedName vehicles = QualifiedName.of("vehicles");
    QualifiedName invoices = QualifiedName.of("billing", "invoices");
    List<Operation> upgrade = List.of(
        new Operation.AlterColumnNullability(vehicles, "vin", false, true),
        new Operation.AddUniqueConstraint(vehicles, new dev.retort.model.UniqueConstraint("uk_vehicles_vin",
            List.of("vin")), true),
        new Operation.AddForeignKey(invoices, foreignKey("fk_invoices_vehicle", "vehicle_id").references("vehicles", "id"),
            true),
        new Operation.AddCheckConstraint(invoices, new dev.retort.model.CheckConstraint("ck_invoices_total",
            "total >= 0"), true),
        new Operation.CreateIndex(invoices, index("ix_invoices_vehicle", "vehicle_id"), true),
        new Operation.AlterColumnType(vehicles, "mileage", dev.retort.migration.Definitions.integer(), bigint(), null));
    return new Case("online_forms", source(LocalDateTime.of(2026, 12, 1, 9, 0), "online forms",
        (id, message) -> Revision.of(id, "20261124_1015_change_drivers", message).nonTransactional(),
        upgrade, Inverses.of(upgrade)));
  }

  static Case billingSchemaReferencingDefaultSchema() {
    SchemaModel after = model(FLEET.andThen(op -> {
      op.createSchema("billing");
      op.inSchema("billing").createTable("invoices", t -> t
          .column(column("id", bigint()).generatedAsIdentity())
          .column(column("driver_id", bigint()).notNull())
          .column(column("total", numeric(12, 2)).notNull())
          .column(column("memo", text()).comment("Shown on the invoice: \"as agreed\""))
          .primaryKey("invoices_pkey", "id")
          .foreignKey(foreignKey("fk_invoices_driver", "driver_id").references("drivers", "id")));
      op.inSchema("billing").createTable("invoice_lines", t -> t
          .column(column("invoice_id", bigint()).notNull())
          .column(column("line", bigint()).notNull())
          .primaryKey("invoice_lines_pkey", "invoice_id", "line")
          .foreignKey(foreignKey("fk_lines_invoice", "invoice_id").references(table("billing", "invoices"), "id")
              .onDelete(ReferentialAction.CASCADE)));
    }));
    return new Case("billing_schema", diffed(LocalDateTime.of(2026, 11, 25, 11, 15), null,
        (id, message) -> Revision.of(id, "20261124_0600_index_journeys_by_start", message), model(FLEET), after));
  }
}
