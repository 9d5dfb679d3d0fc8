package dev.retort.sample.fleet.migrations;

import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.varchar;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Change users.
 *
 * <p>Revision {@code 20261121_1300_change_users}, following
 * {@code 20261121_1200_add_phone_number_to_drivers}.
 *
 * <p>Upgrade:
 * <ul>
 *   <li>adds column email to users
 *   <li>adds column status to users
 * </ul>
 */
public final class V20261121_1300__change_users implements Migration {
  @Override
  public Revision revision() {
    return Revision.of("20261121_1300_change_users", "20261121_1200_add_phone_number_to_drivers",
        "change users");
  }

  @Override
  public void upgrade(Operations op) {
    op.addColumn("users", column("email", varchar(255)));
    op.addColumn("users", column("status", varchar(20)));
  }

  @Override
  public void downgrade(Operations op) {
    // DESTRUCTIVE: drops column status of users and its data
    op.dropColumn("users", column("status", varchar(20)));
    // DESTRUCTIVE: drops column email of users and its data
    op.dropColumn("users", column("email", varchar(255)));
  }
}
