package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.runtime.Catalog;
import dev.retort.runtime.FutureRevisionPolicy;
import dev.retort.runtime.MigrationReport;
import dev.retort.runtime.Retort;
import dev.retort.runtime.TestMigration;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Code and history that disagree, beyond the cases the runtime's own tests cover: each is refused
 * with a message that names the problem and the fix, nothing is run, and following the fix works.
 */
@PostgresTest
class BrokenHistoryTest {

  private static final Migration A = TestMigration.createTable("a", null, "t_a");
  private static final Migration B = TestMigration.createTable("b", "a", "t_b");
  private static final Migration C = TestMigration.createTable("c", "b", "t_c");

  private final TestDatabase db;

  BrokenHistoryTest(TestDatabase db) {
    this.db = db;
  }

  @BeforeEach
  void appliedABC() throws Exception {
    Catalog.reset(db);
    retort(A, B, C).upgrade();
  }

  private Retort retort(Migration... migrations) {
    return Retort.configure().dataSource(db.dataSource()).migrations(migrations).load();
  }

  private RetortException refused(Message expected, Runnable boot) throws Exception {
    List<String> history = Catalog.strings(db, "SELECT revision || checksum FROM retort_history ORDER BY installed_rank");
    RetortException error = assertThrows(RetortException.class, boot::run);
    assertEquals(expected, error.catalogEntry(), error.getMessage());
    assertEquals(history, Catalog.strings(db, "SELECT revision || checksum FROM retort_history ORDER BY installed_rank"),
        "nothing recorded");
    assertEquals(List.of("t_a", "t_b", "t_c"), Catalog.tables(db), "nothing run");
    return error;
  }

  @Test
  void aMigrationMovedToAnotherParentAfterItWasAppliedIsAnEditedMigration() throws Exception {
    Migration moved = TestMigration.createTable("c", "a", "t_c");
    Migration bAfterC = TestMigration.createTable("b", "c", "t_b");
    RetortException error = refused(Message.CHECKSUM_MISMATCH, () -> retort(A, moved, bAfterC).upgrade());
    assertTrue(error.getMessage().contains("Revision b was applied with checksum"), error.getMessage());
    assertTrue(error.getMessage().contains("Undo the edit and write a new migration instead"), error.getMessage());
  }

  @Test
  void aDeletedMigrationThatAnotherFollowsIsNamedBeforeTheDatabaseIsTouched() throws Exception {
    RetortException error = refused(Message.UNKNOWN_PARENT, () -> retort(A, C).upgrade());
    assertTrue(error.getMessage().contains("Revision c follows b, but no migration declares that revision"),
        error.getMessage());
    assertTrue(error.getMessage().contains("Restore the missing migration"), error.getMessage());
  }

  @Test
  void aDeletedHeadMigrationIsAnAppliedRevisionThisBuildDoesNotContain() throws Exception {
    MigrationReport tolerated = retort(A, B).upgrade();
    assertEquals(List.of(), tolerated.steps());
    assertEquals(List.of("c"), tolerated.notInBuild());

    RetortException error = refused(Message.UNKNOWN_APPLIED_REVISION, () -> Retort.configure().dataSource(db.dataSource())
        .migrations(A, B).futureRevisions(FutureRevisionPolicy.FAIL).load().upgrade());
    assertTrue(error.getMessage().contains("Deploy the build that contains c"), error.getMessage());
  }

  @Test
  void aDeletedHistoryRowIsRefusedInsteadOfRunningItsRevisionAgainAndAStampRepairsIt() throws Exception {
    db.execute("DELETE FROM retort_history WHERE revision = 'b'");
    RetortException error = refused(Message.HISTORY_MISSING_PARENT, () -> retort(A, B, C).upgrade());
    assertTrue(error.getMessage().contains("records revision c as applied but not its parent b"), error.getMessage());
    assertTrue(error.getMessage().contains("stamp("), error.getMessage());

    retort(A, B, C).stamp("c");
    assertEquals(List.of(), retort(A, B, C).upgrade().revisions());
    assertEquals(List.of("a", "b", "c"), Catalog.strings(db, "SELECT revision FROM retort_history ORDER BY revision"));
  }

  @Test
  void aHistoryRowWithAnUnknownOperationIsNamedNotGuessed() throws Exception {
    db.execute("UPDATE retort_history SET operation = 'migrate' WHERE revision = 'b'");
    RetortException error = refused(Message.HISTORY_UNREADABLE, () -> retort(A, B, C).upgrade());
    assertTrue(error.getMessage().contains("revision b") && error.getMessage().contains("operation migrate"),
        error.getMessage());
    assertTrue(error.getMessage().contains("Repair or delete that row by hand"), error.getMessage());
  }

  @Test
  void aHistoryTableAlteredByHandIsNamedWithTheWayBack() throws Exception {
    db.execute("ALTER TABLE retort_history DROP COLUMN applied_by");
    RetortException error = refused(Message.HISTORY_TABLE_ALTERED, () -> retort(A, B, C).upgrade());
    assertTrue(error.getMessage().contains("column \"applied_by\" does not exist"), error.getMessage());
    assertTrue(error.getMessage().contains("CREATE SCHEMA retort_backup; ALTER TABLE retort_history SET SCHEMA"
        + " retort_backup;"), error.getMessage());

    db.execute("CREATE SCHEMA retort_backup; ALTER TABLE retort_history SET SCHEMA retort_backup;");
    retort(A, B, C).stamp("c");
    assertEquals(List.of(), retort(A, B, C).upgrade().revisions());
  }

  @Test
  void aHistoryTableFromANewerRetortIsRefusedEvenForAStamp() throws Exception {
    db.execute("COMMENT ON TABLE retort_history IS 'retort history format 2'");
    RetortException error = refused(Message.HISTORY_TOO_NEW, () -> retort(A, B, C).stamp("a"));
    assertTrue(error.getMessage().contains("Upgrade Retort in this build"), error.getMessage());
  }
}
