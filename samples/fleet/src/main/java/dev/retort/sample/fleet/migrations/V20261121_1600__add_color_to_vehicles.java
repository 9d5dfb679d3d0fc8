package dev.retort.sample.fleet.migrations;

import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.varchar;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Add color to vehicles.
 *
 * <p>Revision {@code 20261121_1600_add_color_to_vehicles}, following
 * {@code 20261121_1500_rename_phone_number_to_mobile_phone_in_drivers}.
 *
 * <p>Upgrade:
 * <ul>
 *   <li>adds column color to vehicles
 * </ul>
 */
public final class V20261121_1600__add_color_to_vehicles implements Migration {
  @Override
  public Revision revision() {
    return Revision.of("20261121_1600_add_color_to_vehicles",
        "20261121_1500_rename_phone_number_to_mobile_phone_in_drivers", "add color to vehicles");
  }

  @Override
  public void upgrade(Operations op) {
    op.addColumn("vehicles", column("color", varchar(30)));
  }

  @Override
  public void downgrade(Operations op) {
    // DESTRUCTIVE: drops column color of vehicles and its data
    op.dropColumn("vehicles", column("color", varchar(30)));
  }
}
