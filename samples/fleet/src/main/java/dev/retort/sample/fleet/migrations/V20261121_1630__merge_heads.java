package dev.retort.sample.fleet.migrations;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import java.util.List;

/**
 * Merge heads.
 *
 * <p>Revision {@code 20261121_1630_merge_heads}, joining
 * {@code 20261121_1600_add_color_to_vehicles} and {@code 20261121_1615_create_fuel_logs}.
 *
 * <p>Written by hand, in the shape the processor's RTR-1013 message asks for, until a
 * {@code retort merge} command writes it: two branches each added a migration after
 * {@code 20261121_1500_rename_phone_number_to_mobile_phone_in_drivers}. The two change different
 * tables, so this revision changes nothing; the head line of {@code retort.snapshot} names it,
 * and the snapshot keeps both branches' lines.
 */
public final class V20261121_1630__merge_heads implements Migration {
  @Override
  public Revision revision() {
    return Revision.merge("20261121_1630_merge_heads",
        List.of("20261121_1600_add_color_to_vehicles", "20261121_1615_create_fuel_logs"), "merge heads");
  }

  @Override
  public void upgrade(Operations op) {}

  @Override
  public void downgrade(Operations op) {}
}
