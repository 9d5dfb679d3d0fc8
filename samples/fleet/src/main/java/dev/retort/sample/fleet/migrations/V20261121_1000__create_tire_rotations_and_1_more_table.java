package dev.retort.sample.fleet.migrations;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.date;
import static dev.retort.migration.Definitions.foreignKey;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.integer;
import static dev.retort.migration.Definitions.varchar;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Create tire rotations and 1 more table.
 *
 * <p>Revision {@code 20261121_1000_create_tire_rotations_and_1_more_table}, following
 * {@code 20261121_0900_create_drivers_and_3_more_tables}.
 *
 * <p>Upgrade:
 * <ul>
 *   <li>creates table tire_rotations
 *   <li>creates table tire_specifications
 * </ul>
 */
public final class V20261121_1000__create_tire_rotations_and_1_more_table implements Migration {
  @Override
  public Revision revision() {
    return Revision.of("20261121_1000_create_tire_rotations_and_1_more_table",
        "20261121_0900_create_drivers_and_3_more_tables", "create tire rotations and 1 more table");
  }

  @Override
  public void upgrade(Operations op) {
    op.createTable("tire_rotations", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("rotated_on", date()).notNull())
        .column(column("odometer_km", integer()).notNull())
        .column(column("pattern", varchar(30)).notNull())
        .column(column("vehicle_id", bigint()).notNull())
        .primaryKey("tire_rotations_pkey", "id")
        .index(index("ix_tire_rotations_vehicle_rotated_on", "vehicle_id", "rotated_on"))
        .foreignKey(foreignKey("fk_tire_rotations_vehicle", "vehicle_id")
            .references("vehicles", "id")));
    op.createTable("tire_specifications", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("position", varchar(20)).notNull())
        .column(column("size", varchar(30)).notNull())
        .column(column("brand", varchar(50)))
        .column(column("pressure_kpa", integer()))
        .column(column("vehicle_id", bigint()).notNull())
        .primaryKey("tire_specifications_pkey", "id")
        .unique("uk_tire_specifications_vehicle_position", "vehicle_id", "position")
        .foreignKey(foreignKey("fk_tire_specifications_vehicle", "vehicle_id")
            .references("vehicles", "id")));
  }

  @Override
  public void downgrade(Operations op) {
    // DESTRUCTIVE: drops table tire_specifications and its data
    op.dropTable("tire_specifications", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("position", varchar(20)).notNull())
        .column(column("size", varchar(30)).notNull())
        .column(column("brand", varchar(50)))
        .column(column("pressure_kpa", integer()))
        .column(column("vehicle_id", bigint()).notNull())
        .primaryKey("tire_specifications_pkey", "id")
        .unique("uk_tire_specifications_vehicle_position", "vehicle_id", "position")
        .foreignKey(foreignKey("fk_tire_specifications_vehicle", "vehicle_id")
            .references("vehicles", "id")));
    // DESTRUCTIVE: drops table tire_rotations and its data
    op.dropTable("tire_rotations", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("rotated_on", date()).notNull())
        .column(column("odometer_km", integer()).notNull())
        .column(column("pattern", varchar(30)).notNull())
        .column(column("vehicle_id", bigint()).notNull())
        .primaryKey("tire_rotations_pkey", "id")
        .index(index("ix_tire_rotations_vehicle_rotated_on", "vehicle_id", "rotated_on"))
        .foreignKey(foreignKey("fk_tire_rotations_vehicle", "vehicle_id")
            .references("vehicles", "id")));
  }
}
