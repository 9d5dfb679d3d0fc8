package dev.retort.runtime;

import static dev.retort.migration.Definitions.bigint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PostgresTest
class OfflineSqlTest {

  private static final Migration A = TestMigration.createTable("a", null, "t_a");
  private static final Migration B = TestMigration.of("b", "a",
      op -> op.execute("INSERT INTO t_a (id) VALUES (7)").run("notify the team", connection -> { }),
      op -> op.execute("DELETE FROM t_a WHERE id = 7"));

  private final TestDatabase db;

  OfflineSqlTest(TestDatabase db) {
    this.db = db;
  }

  @BeforeEach
  void startFromAnEmptyDatabase() throws Exception {
    Catalog.reset(db);
  }

  private static Retort offline(Migration... migrations) {
    return Retort.configure().migrations(migrations).load();
  }

  @Test
  void anUpgradeScriptHasEachRevisionInItsTransactionWithItsHistoryRow() {
    String checksumA = dev.retort.runtime.tooling.Checksums.of(A);
    String script = offline(A, B).offlineSql("base", "a");
    assertEquals("-- Retort offline script: upgrade base -> a (1 revision)\n"
        + "-- Review before running; take a backup first.\n\n"
        + "CREATE TABLE IF NOT EXISTS retort_history (\n"
        + "    installed_rank integer NOT NULL,\n"
        + "    revision character varying(128) NOT NULL,\n"
        + "    parents text NOT NULL,\n"
        + "    message text NOT NULL,\n"
        + "    checksum character(64) NOT NULL,\n"
        + "    operation character varying(16) NOT NULL,\n"
        + "    applied_at timestamp with time zone NOT NULL DEFAULT now(),\n"
        + "    applied_by text NOT NULL DEFAULT current_user,\n"
        + "    execution_ms bigint NOT NULL,\n"
        + "    success boolean NOT NULL,\n"
        + "    fingerprint character(64),\n"
        + "    CONSTRAINT retort_history_pk PRIMARY KEY (installed_rank),\n"
        + "    CONSTRAINT retort_history_revision_uk UNIQUE (revision)\n"
        + ");\n"
        + "ALTER TABLE retort_history ADD COLUMN IF NOT EXISTS fingerprint character(64);\n"
        + "COMMENT ON TABLE retort_history IS 'retort history format 1';\n"
        + "\n-- Revision a: test a\n"
        + "BEGIN;\n"
        + "CREATE TABLE t_a (\n    id bigint NOT NULL,\n    CONSTRAINT t_a_pkey PRIMARY KEY (id)\n);\n"
        + "INSERT INTO retort_history (installed_rank, revision, parents, message, checksum, operation, execution_ms,"
        + " success, fingerprint) VALUES ((SELECT COALESCE(MAX(installed_rank), 0) + 1 FROM retort_history), 'a', '',"
        + " 'test a', '" + checksumA + "', 'upgrade', 0, true, NULL);\n"
        + "COMMIT;\n", script);
  }

  @Test
  void aJavaStepIsFlaggedInTheScriptBecauseOnlyTheRuntimeCanRunIt() {
    String script = offline(A, B).offlineSql("a", "b");
    assertTrue(script.contains("INSERT INTO t_a (id) VALUES (7);\n"
        + "-- RTR-601 Revision b runs the Java step \"notify the team\", which only the runtime can run"), script);
  }

  @Test
  void aDowngradeScriptUndoesChildrenFirstAndDeletesTheirHistoryRows() {
    String script = offline(A, B).offlineSql("b", "base");
    assertTrue(script.startsWith("-- Retort offline script: downgrade b -> base (2 revisions)"), script);
    int undoB = script.indexOf("DELETE FROM t_a WHERE id = 7;\nDELETE FROM retort_history WHERE revision = 'b';");
    int undoA = script.indexOf("DROP TABLE t_a;\nDELETE FROM retort_history WHERE revision = 'a';");
    assertTrue(undoB > 0 && undoA > undoB, script);
  }

  @Test
  void aScriptRunByHandLeavesTheDatabaseAsTheRuntimeWould() throws Exception {
    Migration c = TestMigration.createTable("c", "a", "t_c");
    db.execute(offline(A, c).offlineSql("base", "head"));

    assertEquals(List.of("a", "c"), Catalog.history(db));
    Retort runtime = Retort.configure().dataSource(db.dataSource()).migrations(A, c).load();
    assertEquals(List.of(), runtime.upgrade().steps());

    db.execute(offline(A, c).offlineSql("head", "base"));
    assertEquals(List.of(), Catalog.history(db));
    assertEquals(List.of(), Catalog.tables(db));
  }

  @Test
  void aRangeAcrossBranchesIsRefused() {
    Migration x = TestMigration.createTable("x", "a", "t_x");
    Migration y = TestMigration.createTable("y", "a", "t_y");
    Migration merge = TestMigration.of("m", null, op -> { }, op -> { }).withParents("x", "y");
    RetortException error = assertThrows(RetortException.class, () -> offline(A, x, y, merge).offlineSql("x", "y"));
    assertEquals(Message.RANGE_NOT_LINEAR, error.catalogEntry());
  }

  @Test
  void anIdentifierTooLongFailsTheScriptNamingTheIdentifier() {
    Migration tooLong = TestMigration.of("a", null, op -> op.createTable("t".repeat(64), t -> t.column("id", bigint())), op -> { });
    RetortException error = assertThrows(RetortException.class, () -> offline(tooLong).offlineSql("base", "head"));
    assertEquals(Message.IDENTIFIER_TOO_LONG, error.catalogEntry());
  }
}
