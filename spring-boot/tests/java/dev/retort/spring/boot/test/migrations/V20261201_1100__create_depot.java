package dev.retort.spring.boot.test.migrations;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.varchar;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;

/**
 * Create depot.
 *
 * <p>Revision {@code 20261201_1100_create_depot}, following {@code 20261201_1000_create_vehicle}.
 *
 * <p>Upgrade:
 * <ul>
 *   <li>creates table depot
 * </ul>
 */
public final class V20261201_1100__create_depot implements Migration {
  @Override
  public Revision revision() {
    return Revision.of("20261201_1100_create_depot", "20261201_1000_create_vehicle",
        "create depot");
  }

  @Override
  public void upgrade(Operations op) {
    op.createTable("depot", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("city_name", varchar(255)))
        .primaryKey("depot_pkey", "id"));
  }

  @Override
  public void downgrade(Operations op) {
    // DESTRUCTIVE: drops table depot and its data
    op.dropTable("depot", t -> t
        .column(column("id", bigint()).generatedAsIdentity())
        .column(column("city_name", varchar(255)))
        .primaryKey("depot_pkey", "id"));
  }
}
