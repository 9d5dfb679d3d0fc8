package dev.retort.sample.fleetboot.migrations;

import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.date;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Add retired on to vehicle.
 *
 * <p>Revision {@code 20261202_1000_add_retired_on_to_vehicle}, following
 * {@code 20261202_0900_create_driver_and_2_more_tables}.
 *
 * <p>Upgrade:
 * <ul>
 *   <li>adds column retired_on to vehicle
 * </ul>
 */
public final class V20261202_1000__add_retired_on_to_vehicle implements Migration {
  @Override
  public Revision revision() {
    return Revision.of("20261202_1000_add_retired_on_to_vehicle",
        "20261202_0900_create_driver_and_2_more_tables", "add retired on to vehicle");
  }

  @Override
  public void upgrade(Operations op) {
    op.addColumn("vehicle", column("retired_on", date()));
  }

  @Override
  public void downgrade(Operations op) {
    // DESTRUCTIVE: drops column retired_on of vehicle and its data
    op.dropColumn("vehicle", column("retired_on", date()));
  }
}
