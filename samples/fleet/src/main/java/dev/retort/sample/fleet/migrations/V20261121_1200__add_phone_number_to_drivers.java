package dev.retort.sample.fleet.migrations;

import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.varchar;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Add phone number to drivers.
 *
 * <p>Revision {@code 20261121_1200_add_phone_number_to_drivers}, following
 * {@code 20261121_1100_create_maintenance_schedules_and_1_more_table}.
 *
 * <p>Upgrade:
 * <ul>
 *   <li>adds column phone_number to drivers
 *   <li>creates index idx_driver_phone on drivers
 * </ul>
 */
public final class V20261121_1200__add_phone_number_to_drivers implements Migration {
  @Override
  public Revision revision() {
    return Revision.of("20261121_1200_add_phone_number_to_drivers",
        "20261121_1100_create_maintenance_schedules_and_1_more_table",
        "add phone number to drivers");
  }

  @Override
  public void upgrade(Operations op) {
    op.addColumn("drivers", column("phone_number", varchar(20)));
    op.createIndex("drivers", index("idx_driver_phone", "phone_number"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropIndex("drivers", index("idx_driver_phone", "phone_number"));
    // DESTRUCTIVE: drops column phone_number of drivers and its data
    op.dropColumn("drivers", column("phone_number", varchar(20)));
  }
}
