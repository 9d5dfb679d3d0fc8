package dev.retort.sample.fleet.migrations;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.date;
import static dev.retort.migration.Definitions.foreignKey;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.integer;
import static dev.retort.migration.Definitions.numeric;
import static dev.retort.migration.Definitions.varchar;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Create maintenance schedules and 1 more table.
 *
 * <p>Revision {@code 20261121_1100_create_maintenance_schedules_and_1_more_table}, following
 * {@code 20261121_1000_create_tire_rotations_and_1_more_table}.
 *
 * <p>Upgrade:
 * <ul>
 *   <li>creates table maintenance_schedules
 *   <li>creates table service_records
 * </ul>
 */
public final class V20261121_1100__create_maintenance_schedules_and_1_more_table implements Migration {
  @Override
  public Revision revision() {
    return Revision.of("20261121_1100_create_maintenance_schedules_and_1_more_table",
        "20261121_1000_create_tire_rotations_and_1_more_table",
        "create maintenance schedules and 1 more table");
  }

  @Override
  public void upgrade(Operations op) {
    op.createTable("maintenance_schedules", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("service_type", varchar(30)).notNull())
        .column(column("interval_km", integer()))
        .column(column("interval_months", integer()))
        .column(column("next_due_on", date()))
        .column(column("vehicle_id", bigint()).notNull())
        .primaryKey("maintenance_schedules_pkey", "id")
        .unique("uk_maintenance_schedules_vehicle_service_type", "vehicle_id", "service_type")
        .foreignKey(foreignKey("fk_maintenance_schedules_vehicle", "vehicle_id")
            .references("vehicles", "id"))
        .check("maintenance_schedules_service_type_check", "service_type in ('OIL_CHANGE','TIRE_ROTATION','BRAKE_INSPECTION','ANNUAL_INSPECTION','ENGINE_SERVICE')"));
    op.createTable("service_records", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("service_type", varchar(30)).notNull())
        .column(column("performed_on", date()).notNull())
        .column(column("odometer_km", integer()))
        .column(column("cost", numeric(10, 2)))
        .column(column("notes", varchar(500)))
        .column(column("vehicle_id", bigint()).notNull())
        .column(column("driver_id", bigint()))
        .primaryKey("service_records_pkey", "id")
        .index(index("ix_service_records_vehicle_performed_on", "vehicle_id", "performed_on"))
        .foreignKey(foreignKey("fk_service_records_driver", "driver_id")
            .references("drivers", "id"))
        .foreignKey(foreignKey("fk_service_records_vehicle", "vehicle_id")
            .references("vehicles", "id"))
        .check("service_records_service_type_check", "service_type in ('OIL_CHANGE','TIRE_ROTATION','BRAKE_INSPECTION','ANNUAL_INSPECTION','ENGINE_SERVICE')"));
  }

  @Override
  public void downgrade(Operations op) {
    // DESTRUCTIVE: drops table service_records and its data
    op.dropTable("service_records", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("service_type", varchar(30)).notNull())
        .column(column("performed_on", date()).notNull())
        .column(column("odometer_km", integer()))
        .column(column("cost", numeric(10, 2)))
        .column(column("notes", varchar(500)))
        .column(column("vehicle_id", bigint()).notNull())
        .column(column("driver_id", bigint()))
        .primaryKey("service_records_pkey", "id")
        .index(index("ix_service_records_vehicle_performed_on", "vehicle_id", "performed_on"))
        .foreignKey(foreignKey("fk_service_records_driver", "driver_id")
            .references("drivers", "id"))
        .foreignKey(foreignKey("fk_service_records_vehicle", "vehicle_id")
            .references("vehicles", "id"))
        .check("service_records_service_type_check", "service_type in ('OIL_CHANGE','TIRE_ROTATION','BRAKE_INSPECTION','ANNUAL_INSPECTION','ENGINE_SERVICE')"));
    // DESTRUCTIVE: drops table maintenance_schedules and its data
    op.dropTable("maintenance_schedules", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("service_type", varchar(30)).notNull())
        .column(column("interval_km", integer()))
        .column(column("interval_months", integer()))
        .column(column("next_due_on", date()))
        .column(column("vehicle_id", bigint()).notNull())
        .primaryKey("maintenance_schedules_pkey", "id")
        .unique("uk_maintenance_schedules_vehicle_service_type", "vehicle_id", "service_type")
        .foreignKey(foreignKey("fk_maintenance_schedules_vehicle", "vehicle_id")
            .references("vehicles", "id"))
        .check("maintenance_schedules_service_type_check", "service_type in ('OIL_CHANGE','TIRE_ROTATION','BRAKE_INSPECTION','ANNUAL_INSPECTION','ENGINE_SERVICE')"));
  }
}
