package dev.retort.sample.fleet.migrations;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.date;
import static dev.retort.migration.Definitions.foreignKey;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.integer;
import static dev.retort.migration.Definitions.numeric;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Create fuel logs.
 *
 * <p>Revision {@code 20261121_1615_create_fuel_logs}, following
 * {@code 20261121_1500_rename_phone_number_to_mobile_phone_in_drivers}.
 *
 * <p>Upgrade:
 * <ul>
 *   <li>creates table fuel_logs
 * </ul>
 */
public final class V20261121_1615__create_fuel_logs implements Migration {
  @Override
  public Revision revision() {
    return Revision.of("20261121_1615_create_fuel_logs",
        "20261121_1500_rename_phone_number_to_mobile_phone_in_drivers", "create fuel logs");
  }

  @Override
  public void upgrade(Operations op) {
    op.createTable("fuel_logs", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("filled_on", date()).notNull())
        .column(column("liters", numeric(7, 2)).notNull())
        .column(column("odometer_km", integer()).notNull())
        .column(column("vehicle_id", bigint()).notNull())
        .column(column("driver_id", bigint()))
        .primaryKey("fuel_logs_pkey", "id")
        .index(index("ix_fuel_logs_vehicle_filled_on", "vehicle_id", "filled_on"))
        .foreignKey(foreignKey("fk_fuel_logs_driver", "driver_id").references("drivers", "id"))
        .foreignKey(foreignKey("fk_fuel_logs_vehicle", "vehicle_id").references("vehicles", "id")));
  }

  @Override
  public void downgrade(Operations op) {
    // DESTRUCTIVE: drops table fuel_logs and its data
    op.dropTable("fuel_logs", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("filled_on", date()).notNull())
        .column(column("liters", numeric(7, 2)).notNull())
        .column(column("odometer_km", integer()).notNull())
        .column(column("vehicle_id", bigint()).notNull())
        .column(column("driver_id", bigint()))
        .primaryKey("fuel_logs_pkey", "id")
        .index(index("ix_fuel_logs_vehicle_filled_on", "vehicle_id", "filled_on"))
        .foreignKey(foreignKey("fk_fuel_logs_driver", "driver_id").references("drivers", "id"))
        .foreignKey(foreignKey("fk_fuel_logs_vehicle", "vehicle_id").references("vehicles", "id")));
  }
}
