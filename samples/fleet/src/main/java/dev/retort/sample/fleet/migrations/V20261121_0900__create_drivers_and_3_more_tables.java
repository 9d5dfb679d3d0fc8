package dev.retort.sample.fleet.migrations;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.date;
import static dev.retort.migration.Definitions.foreignKey;
import static dev.retort.migration.Definitions.integer;
import static dev.retort.migration.Definitions.numeric;
import static dev.retort.migration.Definitions.timestampTz;
import static dev.retort.migration.Definitions.varchar;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Create drivers and 3 more tables.
 *
 * <p>Revision {@code 20261121_0900_create_drivers_and_3_more_tables}, the first of the history.
 *
 * <p>Upgrade:
 * <ul>
 *   <li>creates table drivers
 *   <li>creates table users
 *   <li>creates table vehicles
 *   <li>creates table maintenance_records
 * </ul>
 */
public final class V20261121_0900__create_drivers_and_3_more_tables implements Migration {
  @Override
  public Revision revision() {
    return Revision.base("20261121_0900_create_drivers_and_3_more_tables",
        "create drivers and 3 more tables");
  }

  @Override
  public void upgrade(Operations op) {
    op.createTable("drivers", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("name", varchar(100)).notNull())
        .column(column("license_number", varchar(20)).notNull())
        .primaryKey("drivers_pkey", "id")
        .unique("uk_drivers_license_number", "license_number"));
    op.createTable("users", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("username", varchar(50)).notNull())
        .column(column("created_at", timestampTz(6)).notNull())
        .column(column("deleted_at", timestampTz(6)))
        .primaryKey("users_pkey", "id")
        .unique("uk_users_username", "username"));
    op.createTable("vehicles", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("vin", varchar(17)).notNull())
        .column(column("make", varchar(50)).notNull())
        .column(column("model", varchar(50)).notNull())
        .column(column("year", integer()).notNull())
        .primaryKey("vehicles_pkey", "id")
        .unique("uk_vehicles_vin", "vin"));
    op.createTable("maintenance_records", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("performed_on", date()).notNull())
        .column(column("description", varchar(500)).notNull())
        .column(column("odometer_km", integer()))
        .column(column("cost", numeric(10, 2)))
        .column(column("vehicle_id", bigint()).notNull())
        .primaryKey("maintenance_records_pkey", "id")
        .foreignKey(foreignKey("fk_maintenance_records_vehicle", "vehicle_id")
            .references("vehicles", "id")));
  }

  @Override
  public void downgrade(Operations op) {
    // DESTRUCTIVE: drops table maintenance_records and its data
    op.dropTable("maintenance_records", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("performed_on", date()).notNull())
        .column(column("description", varchar(500)).notNull())
        .column(column("odometer_km", integer()))
        .column(column("cost", numeric(10, 2)))
        .column(column("vehicle_id", bigint()).notNull())
        .primaryKey("maintenance_records_pkey", "id")
        .foreignKey(foreignKey("fk_maintenance_records_vehicle", "vehicle_id")
            .references("vehicles", "id")));
    // DESTRUCTIVE: drops table vehicles and its data
    op.dropTable("vehicles", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("vin", varchar(17)).notNull())
        .column(column("make", varchar(50)).notNull())
        .column(column("model", varchar(50)).notNull())
        .column(column("year", integer()).notNull())
        .primaryKey("vehicles_pkey", "id")
        .unique("uk_vehicles_vin", "vin"));
    // DESTRUCTIVE: drops table users and its data
    op.dropTable("users", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("username", varchar(50)).notNull())
        .column(column("created_at", timestampTz(6)).notNull())
        .column(column("deleted_at", timestampTz(6)))
        .primaryKey("users_pkey", "id")
        .unique("uk_users_username", "username"));
    // DESTRUCTIVE: drops table drivers and its data
    op.dropTable("drivers", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("name", varchar(100)).notNull())
        .column(column("license_number", varchar(20)).notNull())
        .primaryKey("drivers_pkey", "id")
        .unique("uk_drivers_license_number", "license_number"));
  }
}
