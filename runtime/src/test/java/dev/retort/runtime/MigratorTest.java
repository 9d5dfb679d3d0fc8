package dev.retort.runtime;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PostgresTest
class MigratorTest {

  private static final Migration A = TestMigration.createTable("a", null, "t_a");
  private static final Migration B = TestMigration.createTable("b", "a", "t_b");
  private static final Migration C = TestMigration.createTable("c", "b", "t_c");

  private final TestDatabase db;

  MigratorTest(TestDatabase db) {
    this.db = db;
  }

  @BeforeEach
  void startFromAnEmptyDatabase() throws Exception {
    Catalog.reset(db);
  }

  private Retort retort(Migration... migrations) {
    return Retort.configure().dataSource(db.dataSource()).migrations(migrations).load();
  }

  private static RetortException failure(Runnable action) {
    return assertThrows(RetortException.class, action::run);
  }

  @Test
  void upgradeAppliesEveryPendingRevisionInOrderAndRecordsIt() throws Exception {
    MigrationReport report = retort(C, A, B).upgrade();

    assertEquals(List.of("a", "b", "c"), report.revisions());
    assertEquals(List.of(), report.headsBefore());
    assertEquals(List.of("c"), report.headsAfter());
    assertEquals(List.of("t_a", "t_b", "t_c"), Catalog.tables(db));
    assertEquals(List.of("a", "b", "c"), Catalog.history(db));
    assertEquals(List.of("upgrade|true|postgres|64"), Catalog.strings(db,
        "SELECT DISTINCT operation || '|' || success || '|' || applied_by || '|' || length(checksum) FROM retort_history"));
  }

  @Test
  void aSecondBootWithNothingPendingChangesNothing() throws Exception {
    retort(A, B).upgrade();
    MigrationReport again = retort(A, B).upgrade();
    assertEquals(List.of(), again.steps());
    assertEquals(List.of("b"), again.headsAfter());
    assertEquals("Nothing to do; the database is at b.", again.summary());
    assertEquals(List.of("a", "b"), Catalog.history(db));
  }

  @Test
  void aMigrationThatFailsMidwayIsRolledBackWholeAndTheOnesBeforeStay() throws Exception {
    Migration broken = TestMigration.of("b", "a",
        op -> op.createTable("t_b", t -> t.column("id", bigint()))
            .execute("INSERT INTO t_b (id) VALUES (1)")
            .execute("INSERT INTO t_b (id) VALUES ('not a number')"),
        op -> { });

    RetortException error = failure(() -> retort(A, broken).upgrade());

    assertEquals(Message.MIGRATION_FAILED, error.catalogEntry());
    assertTrue(error.getMessage().contains("Revision b (test b) failed and was rolled back"), error.getMessage());
    assertTrue(error.getMessage().contains("Statement: INSERT INTO t_b (id) VALUES ('not a number')"), error.getMessage());
    assertTrue(error.getMessage().contains("invalid input syntax for type bigint"), error.getMessage());
    assertEquals(List.of("t_a"), Catalog.tables(db));
    assertEquals(List.of("a"), Catalog.history(db));
  }

  @Test
  void aJavaStepRunsInsideTheMigrationsTransaction() throws Exception {
    Migration withJava = TestMigration.of("b", "a",
        op -> op.createTable("t_b", t -> t.column("id", bigint()))
            .run("insert a row, then fail", connection -> {
              try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO t_a (id) VALUES (42)");
              }
              throw new IllegalStateException("boom");
            }),
        op -> { });

    RetortException error = failure(() -> retort(A, withJava).upgrade());

    assertTrue(error.getMessage().contains("Statement: Java step \"insert a row, then fail\""), error.getMessage());
    assertTrue(error.getMessage().contains("boom"), error.getMessage());
    assertEquals(List.of("0"), Catalog.strings(db, "SELECT count(*) FROM t_a"));
    assertEquals(List.of("t_a"), Catalog.tables(db));
  }

  @Test
  void anEditedAppliedMigrationIsRefusedUntilTheEditIsAccepted() throws Exception {
    retort(A, B).upgrade();
    Migration editedB = TestMigration.of("b", "a",
        op -> op.createTable("t_b", t -> t.column("id", bigint()).column("extra", text())), op -> { });

    RetortException error = failure(() -> retort(A, editedB).upgrade());
    assertEquals(Message.CHECKSUM_MISMATCH, error.catalogEntry());
    assertTrue(error.getMessage().contains("Revision b was applied with checksum"), error.getMessage());
    assertTrue(error.getMessage().contains("acceptChecksumChange(\"b\")"), error.getMessage());

    Retort accepting = Retort.configure().dataSource(db.dataSource()).migrations(A, editedB).acceptChecksumChange("b").load();
    assertEquals(List.of(), accepting.upgrade().steps());
    assertEquals(List.of(), retort(A, editedB).upgrade().steps());
  }

  @Test
  void reformattingAMigrationKeepsItsChecksum() throws Exception {
    retort(A).upgrade();
    Migration sameOperationsOtherMessage = new TestMigration(
        new dev.retort.migration.Revision("a", List.of(), "a reworded message", true),
        op -> A.upgrade(op), op -> { });
    assertEquals(List.of(), retort(sameOperationsOtherMessage).upgrade().steps());
  }

  @Test
  void aBuildOlderThanTheDatabaseBootsByDefaultAppliesNothingAndSaysWhereTheDatabaseIs() throws Exception {
    retort(A, B, C).upgrade();

    Retort older = retort(A, B);
    MigrationReport report = older.upgrade();
    assertEquals(List.of(), report.steps());
    assertEquals(List.of("c"), report.notInBuild());
    assertTrue(report.summary().contains("applied by a newer build that this build does not contain: c"), report.summary());
    assertEquals(List.of("c"), older.current());
    assertEquals(RevisionInfo.State.UNKNOWN, older.info().get(2).state());
    assertEquals(List.of("a", "b", "c"), Catalog.history(db));
  }

  @Test
  void theFailPolicyRefusesARevisionAppliedButNotInThisBuild() throws Exception {
    retort(A, B).upgrade();

    RetortException error = failure(() -> Retort.configure().dataSource(db.dataSource()).migrations(A)
        .futureRevisions(FutureRevisionPolicy.FAIL).load().upgrade());
    assertEquals(Message.UNKNOWN_APPLIED_REVISION, error.catalogEntry());
    assertTrue(error.getMessage().contains("revision b applied"), error.getMessage());
    assertTrue(error.getMessage().contains("RETORT_FUTURE_REVISIONS=ignore"), error.getMessage());
  }

  @Test
  void aPendingRevisionIsNeverAppliedAfterANewerBuildsRevisions() throws Exception {
    retort(A, B).upgrade();
    Migration otherB = TestMigration.createTable("b2", "a", "t_b2");

    RetortException error = failure(() -> retort(A, otherB).upgrade());
    assertEquals(Message.FUTURE_REVISIONS_OUT_OF_ORDER, error.catalogEntry());
    assertTrue(error.getMessage().contains("would apply b2") && error.getMessage().contains("contain: b."),
        error.getMessage());
    assertEquals(List.of("t_a", "t_b"), Catalog.tables(db));
    assertEquals(List.of("a", "b"), Catalog.history(db));
  }

  @Test
  void downgradeAndStampAreRefusedUnderRevisionsNotInThisBuild() throws Exception {
    retort(A, B, C).upgrade();
    Retort older = retort(A, B);

    assertEquals(Message.FUTURE_REVISIONS_BLOCK, failure(() -> older.downgrade("-1")).catalogEntry());
    assertEquals(Message.FUTURE_REVISIONS_BLOCK, failure(() -> older.stamp("a")).catalogEntry());
    assertEquals(List.of("t_a", "t_b", "t_c"), Catalog.tables(db));
    assertEquals(List.of("a", "b", "c"), Catalog.history(db));
  }

  @Test
  void downgradeUndoesOneStepToARevisionOrToBase() throws Exception {
    Retort retort = retort(A, B, C);
    retort.upgrade();

    assertEquals(List.of("c"), retort.downgrade("-1").revisions());
    assertEquals(List.of("t_a", "t_b"), Catalog.tables(db));

    retort.upgrade();
    assertEquals(List.of("c", "b"), retort.downgrade("a").revisions());
    assertEquals(List.of("t_a"), Catalog.tables(db));
    assertEquals(List.of("a"), Catalog.history(db));

    assertEquals(List.of("a"), retort.downgrade("base").revisions());
    assertEquals(List.of(), Catalog.tables(db));
    assertEquals(List.of(), Catalog.history(db));
  }

  @Test
  void upgradeByStepsAndToARevision() throws Exception {
    Retort retort = retort(A, B, C);
    assertEquals(List.of("a"), retort.upgrade("+1").revisions());
    assertEquals(List.of("b"), retort.upgrade("b").revisions());
    assertEquals(List.of("c"), retort.upgrade("+2").revisions());
  }

  @Test
  void stampRecordsRevisionsWithoutRunningThem() throws Exception {
    Retort retort = retort(A, B, C);
    MigrationReport stamped = retort.stamp("b");
    assertEquals(List.of("a", "b"), stamped.revisions());
    assertEquals(List.of(), Catalog.tables(db));
    assertEquals(List.of("stamp", "stamp"), Catalog.strings(db, "SELECT operation FROM retort_history ORDER BY installed_rank"));

    assertEquals(List.of("c"), retort.upgrade().revisions());
    assertEquals(List.of("t_c"), Catalog.tables(db));

    retort.stamp("a");
    assertEquals(List.of("a"), Catalog.history(db));
    retort.stamp("base");
    assertEquals(List.of(), Catalog.history(db));
  }

  @Test
  void infoJoinsTheCodeAndTheHistory() throws Exception {
    retort(A, B).upgrade();
    Retort retort = Retort.configure().dataSource(db.dataSource()).migrations(A, B, C).load();
    List<String> states = retort.info().stream().map(i -> i.id() + "=" + i.state()).toList();
    assertEquals(List.of("a=APPLIED", "b=APPLIED", "c=PENDING"), states);
  }

  @Test
  void createIndexConcurrentlyRunsInANonTransactionalRevision() throws Exception {
    Migration concurrent = TestMigration.of("b", "a",
        op -> op.createIndexConcurrently("t_a", index("ix_t_a_id", "id")),
        op -> op.dropIndexConcurrently("t_a", index("ix_t_a_id", "id"))).nonTransactional();
    Retort retort = retort(A, concurrent);
    retort.upgrade();
    assertEquals(List.of("ix_t_a_id"), Catalog.strings(db, "SELECT indexname FROM pg_indexes WHERE indexname = 'ix_t_a_id'"));
    retort.downgrade("a");
    assertEquals(List.of(), Catalog.strings(db, "SELECT indexname FROM pg_indexes WHERE indexname = 'ix_t_a_id'"));
  }

  @Test
  void createIndexConcurrentlyInATransactionalRevisionIsRefusedBeforeAnythingRuns() throws Exception {
    Migration wrong = TestMigration.of("b", "a",
        op -> op.createTable("t_b", t -> t.column("id", bigint())).createIndexConcurrently("t_b", index("ix_b", "id")),
        op -> { });
    RetortException error = failure(() -> retort(A, wrong).upgrade());
    assertEquals(Message.CONCURRENT_INDEX_IN_TRANSACTION, error.catalogEntry());
    assertTrue(error.getMessage().contains("Revision b builds or drops index ix_b CONCURRENTLY"), error.getMessage());
    assertEquals(List.of("t_a"), Catalog.tables(db));
  }

  @Test
  void aNonTransactionalRevisionThatFailsIsRecordedAsFailedAndTheNextBootSaysHowToRecover() throws Exception {
    Migration failing = TestMigration.of("b", "a",
        op -> op.execute("INSERT INTO t_a (id) VALUES (1)")
            .execute("INSERT INTO t_a (id) VALUES (1), (1)")
            .createIndexConcurrently("t_a", index("ix_t_a_unique", "id").asUnique()),
        op -> { }).nonTransactional();

    RetortException error = failure(() -> retort(A, failing).upgrade());
    assertEquals(Message.NON_TRANSACTIONAL_MIGRATION_FAILED, error.catalogEntry());

    RetortException next = failure(() -> retort(A, failing).upgrade());
    assertEquals(Message.FAILED_REVISION_IN_HISTORY, next.catalogEntry());
    assertTrue(next.getMessage().contains("delete the row of b from retort_history"), next.getMessage());
  }

  @Test
  void aFailedConcurrentIndexLeavesAnInvalidIndexThatTheNextBootPointsTo() throws Exception {
    retort(A).upgrade();
    db.execute("INSERT INTO t_a (id) VALUES (1)");
    db.execute("ALTER TABLE t_a DROP CONSTRAINT t_a_pkey");
    db.execute("INSERT INTO t_a (id) VALUES (1)");
    Migration failing = TestMigration.of("b", "a",
        op -> op.createIndexConcurrently("t_a", index("ix_t_a_unique", "id").asUnique()),
        op -> op.dropIndexConcurrently("t_a", index("ix_t_a_unique", "id").asUnique())).nonTransactional();

    failure(() -> retort(A, failing).upgrade());

    assertEquals(List.of("false"), Catalog.strings(db,
        "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'ix_t_a_unique'::regclass"));
    RetortException next = failure(() -> retort(A, failing).upgrade());
    assertEquals(Message.FAILED_REVISION_LEFT_INVALID_INDEX, next.catalogEntry());
    assertTrue(next.getMessage().contains("left index ix_t_a_unique INVALID"), next.getMessage());
    assertTrue(next.getMessage().contains("DROP INDEX CONCURRENTLY ix_t_a_unique;"), next.getMessage());
    assertTrue(next.getMessage().contains("DELETE FROM retort_history WHERE revision = 'b';"), next.getMessage());
  }

  @Test
  void aFailedRevisionWithOtherStepsWhoseIndexIsFinishedSaysHowToRecordItRatherThanResumingIt() throws Exception {
    retort(A).upgrade();
    Migration failing = TestMigration.of("b", "a",
        op -> op.createIndexConcurrently("t_a", index("ix_t_a_id", "id")).execute("SELECT 1 / 0"),
        op -> op.dropIndexConcurrently("t_a", index("ix_t_a_id", "id"))).nonTransactional();

    assertEquals(Message.NON_TRANSACTIONAL_MIGRATION_FAILED, failure(() -> retort(A, failing).upgrade()).catalogEntry());

    RetortException next = failure(() -> retort(A, failing).upgrade());
    assertEquals(Message.FAILED_REVISION_INDEXES_COMPLETE, next.catalogEntry());
    assertTrue(next.getMessage().contains("UPDATE retort_history SET success = true WHERE revision = 'b';"),
        next.getMessage());
  }

  @Test
  void aUniqueConstraintAddedOnlineInATransactionalRevisionIsRefusedBeforeAnythingRuns() throws Exception {
    Migration wrong = TestMigration.of("b", "a",
        op -> op.createTable("t_b", t -> t.column("id", bigint())).addUniqueOnline("t_b", "uk_b", "id"),
        op -> { });
    RetortException error = failure(() -> retort(A, wrong).upgrade());
    assertEquals(Message.CONCURRENT_INDEX_IN_TRANSACTION, error.catalogEntry());
    assertTrue(error.getMessage().contains("Revision b builds or drops index uk_b CONCURRENTLY"), error.getMessage());
    assertEquals(List.of("t_a"), Catalog.tables(db));
  }

  @Test
  void aUniqueConstraintAddedOnlineOverDuplicatesLeavesAnInvalidIndexThatTheNextBootPointsTo() throws Exception {
    retort(A).upgrade();
    db.execute("INSERT INTO t_a (id) VALUES (1)");
    db.execute("ALTER TABLE t_a DROP CONSTRAINT t_a_pkey");
    db.execute("INSERT INTO t_a (id) VALUES (1)");
    Migration failing = TestMigration.of("b", "a",
        op -> op.addUniqueOnline("t_a", "uk_t_a_id", "id"),
        op -> op.dropUnique("t_a", "uk_t_a_id", "id")).nonTransactional();

    failure(() -> retort(A, failing).upgrade());

    assertEquals(List.of("false"), Catalog.strings(db,
        "SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'uk_t_a_id'::regclass"));
    RetortException next = failure(() -> retort(A, failing).upgrade());
    assertEquals(Message.FAILED_REVISION_LEFT_INVALID_INDEX, next.catalogEntry());
    assertTrue(next.getMessage().contains("DROP INDEX CONCURRENTLY uk_t_a_id;"), next.getMessage());
  }

  @Test
  void aHistoryTableFromANewerRetortIsRefused() throws Exception {
    retort(A).upgrade();
    db.execute("COMMENT ON TABLE retort_history IS 'retort history format 99'");
    RetortException error = failure(() -> retort(A).upgrade());
    assertEquals(Message.HISTORY_TOO_NEW, error.catalogEntry());
    assertTrue(error.getMessage().contains("format 99"), error.getMessage());
  }

  @Test
  void aCorruptedHistoryRowIsNamedNotGuessed() throws Exception {
    retort(A).upgrade();
    db.execute("UPDATE retort_history SET checksum = 'garbage'");
    RetortException error = failure(() -> retort(A).upgrade());
    assertEquals(Message.HISTORY_UNREADABLE, error.catalogEntry());
    assertTrue(error.getMessage().contains("revision a"), error.getMessage());
  }

  @Test
  void theHistoryTableNameAndSchemaAreConfigurable() throws Exception {
    Retort.configure().dataSource(db.dataSource()).migrations(A).historySchema("Ops").historyTable("schema_history").migrate();
    assertEquals(List.of("a"), Catalog.strings(db, "SELECT revision FROM \"Ops\".schema_history"));
  }

  @Test
  void aListenerHearsProgress() {
    List<String> heard = new ArrayList<>();
    Retort.configure().dataSource(db.dataSource()).migrations(A, B)
        .listener(new MigrationListener() {
          @Override
          public void starting(String revision, String message, int index, int total) {
            heard.add(revision + " " + index + "/" + total);
          }
        })
        .migrate();
    assertEquals(List.of("a 1/2", "b 2/2"), heard);
  }

  @Test
  void anUnreachableDatabaseIsOneClearErrorWithoutThePassword() {
    RetortException error = failure(() -> Retort.configure()
        .url("jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=2", "alice", "s3cr3t-pw").migrations(A).migrate());
    assertEquals(Message.CONNECTION_FAILED, error.catalogEntry());
    assertTrue(error.getMessage().contains("127.0.0.1:1/nowhere") && error.getMessage().contains("alice"), error.getMessage());
    assertFalse(error.getMessage().contains("s3cr3t-pw"));
  }

  @Test
  void migratingWithoutAConnectionSaysWhatToConfigure() {
    RetortException error = failure(() -> Retort.configure().migrations(A).migrate());
    assertEquals(Message.NO_CONNECTION_CONFIGURED, error.catalogEntry());
  }

  @Test
  void theHistoryReadsBackWhoAppliedWhatAndWhen() throws Exception {
    Retort retort = retort(A);
    retort.upgrade();
    AppliedRevision row = retort.history().get(0);
    assertEquals("a", row.revision());
    assertEquals(List.of(), row.parents());
    assertEquals("test a", row.message());
    assertTrue(row.success());
    assertEquals("postgres".equals(db.user()) ? "postgres" : db.user(), row.appliedBy());
    try (Connection connection = db.connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT applied_at > now() - interval '1 minute' FROM retort_history")) {
      rows.next();
      assertTrue(rows.getBoolean(1));
    }
  }
}
