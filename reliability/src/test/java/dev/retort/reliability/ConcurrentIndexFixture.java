package dev.retort.reliability;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.index;

import dev.retort.migration.Migration;
import dev.retort.model.Index;
import dev.retort.runtime.TestMigration;
import java.util.List;

/**
 * A table of 100,000 rows, then a non-transactional revision that indexes it CONCURRENTLY; the
 * unique variant fails midway on the duplicate values every tenth row has.
 */
public final class ConcurrentIndexFixture {

  static final String INDEX = "ix_big_v";

  private ConcurrentIndexFixture() {}

  /** With a plain index, which can succeed. */
  public static List<Migration> migrations() {
    return migrations(index(INDEX, "v"));
  }

  /** With a unique index, which fails on the duplicates after the server has created it INVALID. */
  static List<Migration> failingMigrations() {
    return migrations(index(INDEX, "v").asUnique());
  }

  private static List<Migration> migrations(Index index) {
    return List.of(
        TestMigration.of("n0", null,
            op -> op.createTable("big", t -> t.column(column("id", bigint()).notNull()).column(column("v", bigint())))
                .execute("INSERT INTO big (id, v) SELECT g, CASE WHEN g % 10 = 0 THEN 0 ELSE g END"
                    + " FROM generate_series(1, 100000) g"),
            op -> op.dropTable("big", t -> t.column(column("id", bigint()).notNull()).column(column("v", bigint())))),
        TestMigration.of("n1", "n0", op -> op.createIndexConcurrently("big", index),
            op -> op.dropIndexConcurrently("big", index)).nonTransactional());
  }
}
