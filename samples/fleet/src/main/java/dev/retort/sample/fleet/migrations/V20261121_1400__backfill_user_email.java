package dev.retort.sample.fleet.migrations;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Backfill user email.
 *
 * <p>Revision {@code 20261121_1400_backfill_user_email}, following
 * {@code 20261121_1330_fill_user_status}.
 *
 * <p>Upgrade:
 * <ul>
 *   <li>gives every user without an email one derived from the username
 * </ul>
 *
 * <p>Phase 2 of 3 of making users.email NOT NULL: phase 1 ({@code 20261121_1300_change_users})
 * added it nullable, phase 3 ({@code 20261121_1430_change_users}, generated once the entity said
 * {@code nullable = false}) enforces it. Written by hand, in the shape the processor generates;
 * the head line of {@code retort.snapshot} was moved to this revision by hand.
 */
public final class V20261121_1400__backfill_user_email implements Migration {
  @Override
  public Revision revision() {
    return Revision.of("20261121_1400_backfill_user_email", "20261121_1330_fill_user_status",
        "backfill user email");
  }

  @Override
  public void upgrade(Operations op) {
    // Hand-written data migration: existing users get a placeholder address they can change.
    op.execute("UPDATE users SET email = CONCAT(username, '@example.com') WHERE email IS NULL");
  }

  @Override
  public void downgrade(Operations op) {
    // Hand-written data migration: nothing to undo; which addresses were placeholders is not
    // recorded, and undoing phase 1 drops the column anyway.
  }
}
