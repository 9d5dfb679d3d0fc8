package dev.retort.sample.fleet.migrations;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Rename phone number to mobile phone in drivers.
 *
 * <p>Revision {@code 20261121_1500_rename_phone_number_to_mobile_phone_in_drivers}, following
 * {@code 20261121_1430_change_users}.
 *
 * <p>Upgrade:
 * <ul>
 *   <li>renames column phone_number of drivers to mobile_phone
 * </ul>
 */
public final class V20261121_1500__rename_phone_number_to_mobile_phone_in_drivers implements Migration {
  @Override
  public Revision revision() {
    return Revision.of("20261121_1500_rename_phone_number_to_mobile_phone_in_drivers",
        "20261121_1430_change_users", "rename phone number to mobile phone in drivers");
  }

  @Override
  public void upgrade(Operations op) {
    op.renameColumn("drivers", "phone_number", "mobile_phone");
  }

  @Override
  public void downgrade(Operations op) {
    op.renameColumn("drivers", "mobile_phone", "phone_number");
  }
}
