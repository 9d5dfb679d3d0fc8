package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.runtime.tooling.Planner;
import dev.retort.runtime.tooling.RevisionGraph;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

  private static final Migration A = TestMigration.createTable("a", null, "t_a");
  private static final Migration B = TestMigration.createTable("b", "a", "t_b");
  private static final Migration C = TestMigration.createTable("c", "b", "t_c");
  private static final Migration BRANCH_X = TestMigration.createTable("x", "a", "t_x");
  private static final Migration MERGE = TestMigration.createTable("m", null, "t_m").withParents("c", "x");

  private static RetortException failure(Runnable action) {
    return assertThrows(RetortException.class, action::run);
  }

  @Test
  void revisionsComeParentsFirstWhateverTheRegistrationOrder() {
    assertEquals(List.of("a", "b", "c"), RevisionGraph.of(List.of(C, A, B), true).order());
  }

  @Test
  void aMergeRevisionJoinsTwoBranchesIntoOneHead() {
    RevisionGraph graph = RevisionGraph.of(List.of(MERGE, BRANCH_X, C, B, A), true);
    assertEquals(List.of("a", "b", "c", "x", "m"), graph.order());
    assertEquals(List.of("m"), graph.heads());
  }

  @Test
  void twoHeadsAreRefusedNamingBothAndHowToMergeThem() {
    RetortException error = failure(() -> RevisionGraph.of(List.of(A, B, C, BRANCH_X), true));
    assertEquals(Message.MULTIPLE_HEADS, error.catalogEntry());
    assertTrue(error.getMessage().contains("[c, x]") && error.getMessage().contains("Revision.merge("), error.getMessage());
  }

  @Test
  void toolsMaySeeSeveralHeads() {
    assertEquals(List.of("c", "x"), RevisionGraph.of(List.of(A, B, C, BRANCH_X), false).heads());
  }

  @Test
  void aMissingParentIsAGapNamedWithBothRevisions() {
    RetortException error = failure(() -> RevisionGraph.of(List.of(A, C), true));
    assertEquals(Message.UNKNOWN_PARENT, error.catalogEntry());
    assertTrue(error.getMessage().contains("Revision c follows b"), error.getMessage());
  }

  @Test
  void aCycleIsRefusedNamingItsRevisions() {
    Migration p = TestMigration.createTable("p", "a", "t_p").withParents("a", "q");
    Migration q = TestMigration.createTable("q", "p", "t_q");
    RetortException error = failure(() -> RevisionGraph.of(List.of(A, p, q), true));
    assertEquals(Message.REVISION_CYCLE, error.catalogEntry());
    assertTrue(error.getMessage().contains("[p, q]"), error.getMessage());
  }

  @Test
  void twoBasesAreRefused() {
    RetortException error = failure(() -> RevisionGraph.of(List.of(A, TestMigration.createTable("z", null, "t_z")), true));
    assertEquals(Message.MULTIPLE_BASES, error.catalogEntry());
  }

  @Test
  void aRevisionIdDeclaredTwiceIsRefused() {
    RetortException error = failure(() -> RevisionGraph.of(List.of(A, TestMigration.createTable("a", null, "t_other")), true));
    assertEquals(Message.DUPLICATE_REVISION, error.catalogEntry());
  }

  @Test
  void aUniquePrefixResolvesAndAnAmbiguousOneIsRefused() {
    Migration abc = TestMigration.createTable("abc1", "a", "t1");
    Migration abd = TestMigration.createTable("abd2", "abc1", "t2");
    RevisionGraph graph = RevisionGraph.of(List.of(A, abc, abd), true);
    assertEquals("abd2", graph.resolve("abd"));
    assertEquals(Message.AMBIGUOUS_REVISION, failure(() -> graph.resolve("ab")).catalogEntry());
    assertEquals(Message.UNKNOWN_REVISION, failure(() -> graph.resolve("zz")).catalogEntry());
  }

  @Test
  void upgradeTargetsPickThePendingRevisionsInOrder() {
    Planner planner = new Planner(RevisionGraph.of(List.of(A, B, C), true));
    assertEquals(List.of("b", "c"), planner.upgrade("head", Set.of("a")));
    assertEquals(List.of("a"), planner.upgrade("+1", Set.of()));
    assertEquals(List.of("a", "b"), planner.upgrade("b", Set.of()));
    assertEquals(List.of(), planner.upgrade("b", Set.of("a", "b")));
  }

  @Test
  void downgradeTargetsPickTheAppliedRevisionsChildrenFirst() {
    Planner planner = new Planner(RevisionGraph.of(List.of(A, B, C), true));
    Set<String> all = Set.of("a", "b", "c");
    assertEquals(List.of("c"), planner.downgrade("-1", all));
    assertEquals(List.of("c", "b"), planner.downgrade("a", all));
    assertEquals(List.of("c", "b", "a"), planner.downgrade("base", all));
    assertEquals(List.of("c", "b", "a"), planner.downgrade("-9", all));
  }

  @Test
  void nonsenseTargetsAreRefusedWithTheTargetsThatExist() {
    Planner planner = new Planner(RevisionGraph.of(List.of(A, B), true));
    assertEquals(Message.INVALID_TARGET, failure(() -> planner.upgrade("+x", Set.of())).catalogEntry());
    assertEquals(Message.INVALID_TARGET, failure(() -> planner.upgrade("-1", Set.of())).catalogEntry());
    assertEquals(Message.INVALID_TARGET, failure(() -> planner.downgrade("+1", Set.of())).catalogEntry());
    assertEquals(Message.INVALID_TARGET, failure(() -> planner.downgrade("-0", Set.of())).catalogEntry());
  }
}
