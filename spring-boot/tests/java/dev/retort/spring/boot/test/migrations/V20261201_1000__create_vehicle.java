package dev.retort.spring.boot.test.migrations;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.integer;
import static dev.retort.migration.Definitions.varchar;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Create vehicle.
 *
 * <p>Revision {@code 20261201_1000_create_vehicle}, the first of the history.
 *
 * <p>Upgrade:
 * <ul>
 *   <li>creates table vehicle
 * </ul>
 */
public final class V20261201_1000__create_vehicle implements Migration {
  @Override
  public Revision revision() {
    return Revision.base("20261201_1000_create_vehicle", "create vehicle");
  }

  @Override
  public void upgrade(Operations op) {
    op.createTable("vehicle", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("plate_number", varchar(255)).notNull())
        .column(column("seats", integer()).notNull())
        .primaryKey("vehicle_pkey", "id")
        .unique("vehicle_plate_number_key", "plate_number"));
  }

  @Override
  public void downgrade(Operations op) {
    // DESTRUCTIVE: drops table vehicle and its data
    op.dropTable("vehicle", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("plate_number", varchar(255)).notNull())
        .column(column("seats", integer()).notNull())
        .primaryKey("vehicle_pkey", "id")
        .unique("vehicle_plate_number_key", "plate_number"));
  }
}
