package dev.retort.sample.fleet.migrations;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Fill user status.
 *
 * <p>Revision {@code 20261121_1330_fill_user_status}, following
 * {@code 20261121_1300_change_users}.
 *
 * <p>Upgrade:
 * <ul>
 *   <li>sets users.status from users.deleted_at on the existing rows
 * </ul>
 *
 * <p>Written by hand, in the shape the processor generates: the processor derives the schema
 * from the entities, never data. The head line of {@code retort.snapshot} was moved to this
 * revision by hand, so that the next generated migration follows it.
 */
public final class V20261121_1330__fill_user_status implements Migration {
  @Override
  public Revision revision() {
    return Revision.of("20261121_1330_fill_user_status", "20261121_1300_change_users",
        "fill user status");
  }

  @Override
  public void upgrade(Operations op) {
    // Hand-written data migration: a status for every user that existed before the column.
    op.execute("UPDATE users SET status = 'active' WHERE deleted_at IS NULL");
    op.execute("UPDATE users SET status = 'deleted' WHERE deleted_at IS NOT NULL");
  }

  @Override
  public void downgrade(Operations op) {
    // Hand-written data migration: the column was empty before this revision.
    op.execute("UPDATE users SET status = NULL");
  }
}
