package dev.retort.reliability;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.text;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.model.SchemaModel;
import dev.retort.evolution.ModelEvolution;
import dev.retort.runtime.TestMigration;
import java.util.ArrayList;
import java.util.List;

/**
 * Long multi-statement migrations to kill a migrator in: after a small base, each revision creates
 * {@value #TABLES} tables, fills each with {@value #ROWS} rows and indexes it, all in one
 * transaction, so a kill lands inside one with high probability.
 */
public final class LongMigrationFixture {

  static final int LONG_REVISIONS = 3;
  static final int TABLES = 6;
  static final int ROWS = 20_000;

  private LongMigrationFixture() {}

  public static List<Migration> migrations() {
    List<Migration> migrations = new ArrayList<>();
    migrations.add(TestMigration.of("k0", null,
        op -> op.createTable("kill_base", t -> t.column(column("id", bigint()).notNull()).primaryKey("kill_base_pkey", "id")),
        op -> op.dropTable("kill_base", t -> t.column(column("id", bigint()).notNull()).primaryKey("kill_base_pkey", "id"))));
    String parent = "k0";
    for (int r = 1; r <= LONG_REVISIONS; r++) {
      String id = "k" + r;
      int revision = r;
      migrations.add(TestMigration.of(id, parent, op -> fill(op, revision), op -> { }));
      parent = id;
    }
    return migrations;
  }

  private static void fill(Operations op, int revision) {
    for (int t = 1; t <= TABLES; t++) {
      String table = "k" + revision + "_t" + t;
      op.createTable(table, d -> d.column(column("id", bigint()).notNull()).column(column("payload", text()).notNull())
          .primaryKey(table + "_pkey", "id"));
      op.execute("INSERT INTO " + table + " (id, payload) SELECT g, md5(g::text) FROM generate_series(1, " + ROWS + ") g");
      op.createIndex(table, index("ix_" + table + "_payload", "payload"));
    }
  }

  /** The schema the migrations up to and including {@code revision} describe (none: empty). */
  static SchemaModel schemaAt(String revision) {
    SchemaModel model = SchemaModel.empty();
    if (revision == null) {
      return model;
    }
    for (Migration migration : migrations()) {
      model = ModelEvolution.apply(model, Operations.recordedBy(migration::upgrade));
      if (migration.revision().id().equals(revision)) {
        return model;
      }
    }
    throw new IllegalArgumentException("no revision " + revision);
  }

  /** The tables revision {@code revision} fills, each of which must hold all its rows or not exist. */
  static List<String> filledTables(String revision) {
    List<String> tables = new ArrayList<>();
    int r = Integer.parseInt(revision.substring(1));
    for (int t = 1; r > 0 && t <= TABLES; t++) {
      tables.add("k" + r + "_t" + t);
    }
    return tables;
  }
}
