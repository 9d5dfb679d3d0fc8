package dev.retort.sample.fleetboot.migrations;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.date;
import static dev.retort.migration.Definitions.foreignKey;
import static dev.retort.migration.Definitions.integer;
import static dev.retort.migration.Definitions.varchar;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Create driver and 2 more tables.
 *
 * <p>Revision {@code 20261202_0900_create_driver_and_2_more_tables}, the first of the history.
 *
 * <p>Upgrade:
 * <ul>
 *   <li>creates table driver
 *   <li>creates table vehicle
 *   <li>creates table trip
 * </ul>
 */
public final class V20261202_0900__create_driver_and_2_more_tables implements Migration {
  @Override
  public Revision revision() {
    return Revision.base("20261202_0900_create_driver_and_2_more_tables",
        "create driver and 2 more tables");
  }

  @Override
  public void upgrade(Operations op) {
    op.createTable("driver", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("full_name", varchar(255)).notNull())
        .column(column("licence_number", varchar(32)).notNull())
        .primaryKey("driver_pkey", "id")
        .unique("driver_licence_number_key", "licence_number"));
    op.createTable("vehicle", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("vin", varchar(17)).notNull())
        .column(column("make", varchar(255)).notNull())
        .column(column("model", varchar(255)).notNull())
        .column(column("model_year", integer()).notNull())
        .column(column("color", varchar(255)))
        .primaryKey("vehicle_pkey", "id")
        .unique("vehicle_vin_key", "vin"));
    op.createTable("trip", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("trip_date", date()))
        .column(column("distance_km", integer()).notNull())
        .column(column("vehicle_id", bigint()).notNull())
        .column(column("driver_id", bigint()).notNull())
        .primaryKey("trip_pkey", "id")
        .foreignKey(foreignKey("fkpuhkx68hnwy4by2b0onybv5x1", "driver_id")
            .references("driver", "id"))
        .foreignKey(foreignKey("fkrji8htecrp06ao6s7nfubswnr", "vehicle_id")
            .references("vehicle", "id")));
  }

  @Override
  public void downgrade(Operations op) {
    // DESTRUCTIVE: drops table trip and its data
    op.dropTable("trip", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("trip_date", date()))
        .column(column("distance_km", integer()).notNull())
        .column(column("vehicle_id", bigint()).notNull())
        .column(column("driver_id", bigint()).notNull())
        .primaryKey("trip_pkey", "id")
        .foreignKey(foreignKey("fkpuhkx68hnwy4by2b0onybv5x1", "driver_id")
            .references("driver", "id"))
        .foreignKey(foreignKey("fkrji8htecrp06ao6s7nfubswnr", "vehicle_id")
            .references("vehicle", "id")));
    // DESTRUCTIVE: drops table vehicle and its data
    op.dropTable("vehicle", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("vin", varchar(17)).notNull())
        .column(column("make", varchar(255)).notNull())
        .column(column("model", varchar(255)).notNull())
        .column(column("model_year", integer()).notNull())
        .column(column("color", varchar(255)))
        .primaryKey("vehicle_pkey", "id")
        .unique("vehicle_vin_key", "vin"));
    // DESTRUCTIVE: drops table driver and its data
    op.dropTable("driver", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("full_name", varchar(255)).notNull())
        .column(column("licence_number", varchar(32)).notNull())
        .primaryKey("driver_pkey", "id")
        .unique("driver_licence_number_key", "licence_number"));
  }
}
