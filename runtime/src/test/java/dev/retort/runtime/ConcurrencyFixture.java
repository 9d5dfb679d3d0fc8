package dev.retort.runtime;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.index;

import dev.retort.migration.Migration;
import java.util.ArrayList;
import java.util.List;

/**
 * The migrations many migrators race to apply: slow enough to overlap, with a non-transactional
 * {@code CREATE INDEX CONCURRENTLY} in the middle, which would deadlock against a waiting
 * migrator that held a transaction open.
 */
public final class ConcurrencyFixture {

  /** How many revisions {@link #migrations()} has. */
  public static final int REVISIONS = 12;

  private ConcurrencyFixture() {}

  public static List<Migration> migrations() {
    List<Migration> migrations = new ArrayList<>();
    migrations.add(TestMigration.of("r01", null,
        op -> op.createTable("counters", t -> t.column(column("id", bigint()).notNull()).primaryKey("counters_pkey", "id")),
        op -> op.dropTable("counters", t -> t.column(column("id", bigint()).notNull()).primaryKey("counters_pkey", "id"))));
    String parent = "r01";
    for (int i = 2; i <= REVISIONS; i++) {
      String id = String.format("r%02d", i);
      int row = i;
      if (i == 6) {
        migrations.add(TestMigration.of(id, parent,
            op -> op.createIndexConcurrently("counters", index("ix_counters_id_desc", dev.retort.model.IndexColumn.desc("id"))),
            op -> op.dropIndexConcurrently("counters", index("ix_counters_id_desc", dev.retort.model.IndexColumn.desc("id"))))
            .nonTransactional());
      } else {
        // Each revision inserts one row: applying a revision twice would violate the primary key.
        migrations.add(TestMigration.of(id, parent,
            op -> op.execute("INSERT INTO counters (id) VALUES (" + row + ")").execute("SELECT pg_sleep(0.05)"),
            op -> op.execute("DELETE FROM counters WHERE id = " + row)));
      }
      parent = id;
    }
    return migrations;
  }
}
