package dev.retort.sample.fleet.migrations;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Change users.
 *
 * <p>Revision {@code 20261121_1430_change_users}, following
 * {@code 20261121_1400_backfill_user_email}.
 *
 * <p>Upgrade:
 * <ul>
 *   <li>makes column email of users NOT NULL
 * </ul>
 */
public final class V20261121_1430__change_users implements Migration {
  @Override
  public Revision revision() {
    return Revision.of("20261121_1430_change_users", "20261121_1400_backfill_user_email",
        "change users");
  }

  @Override
  public void upgrade(Operations op) {
    op.setNotNull("users", "email");
  }

  @Override
  public void downgrade(Operations op) {
    op.dropNotNull("users", "email");
  }
}
