package dev.retort.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs fixture classes through the JUnit Platform and inspects the server afterwards. The
 * fixtures are static nested classes, which Surefire does not run on its own; an IDE might, so
 * they are also disabled unless this class runs them.
 */
@PostgresTest
class DatabaseLifecycleTest {

  /** Database names seen by the fixtures, keyed by what saw them. */
  static final Map<String, String> SEEN = new ConcurrentHashMap<>();

  private static final String ONLY_FROM_HERE =
      "dev.retort.testing.DatabaseLifecycleTest#runningFixtures";

  private static volatile boolean runningFixtures;

  static boolean runningFixtures() {
    return runningFixtures;
  }

  @BeforeEach
  void forgetEarlierRuns() {
    SEEN.clear();
  }

  @Test
  void everyTestClassGetsItsOwnDatabase() {
    assertAllSucceeded(run(FirstClass.class, SecondClass.class), 2);

    assertTrue(SEEN.get("first").startsWith("retort_t_firstclass_"), SEEN.get("first"));
    assertTrue(SEEN.get("second").startsWith("retort_t_secondclass_"), SEEN.get("second"));
    assertNotEquals(SEEN.get("first"), SEEN.get("second"));
  }

  @Test
  void theDatabaseIsDroppedAfterTheClassWithItsSiblings(TestDatabase database)
      throws SQLException {
    assertAllSucceeded(run(ClassWithSibling.class), 1);

    assertDropped(database, SEEN.get("own"));
    assertDropped(database, SEEN.get("sibling"));
  }

  @Test
  void theDatabaseIsDroppedEvenWhileATestLeavesAConnectionOpen(TestDatabase database)
      throws SQLException {
    try {
      assertAllSucceeded(run(ClassLeakingAConnection.class), 1);

      assertDropped(database, SEEN.get("leaked"));
    } finally {
      ClassLeakingAConnection.leaked.close();
    }
  }

  @Test
  void aNestedClassSharesItsEnclosingClassDatabaseWhichIsDroppedOnce(TestDatabase database)
      throws SQLException {
    assertAllSucceeded(run(OuterClass.class), 2);

    assertEquals(SEEN.get("outer"), SEEN.get("inner"));
    assertDropped(database, SEEN.get("outer"));
  }

  @Test
  void aDatabaseTestFailsRatherThanIsSkippedWhenNoServerCanBeHad() {
    EngineExecutionResults results = run(ClassWithoutServer.class);

    results.containerEvents().assertStatistics(stats -> stats.failed(1).aborted(0).skipped(0));
    results.testEvents().assertStatistics(stats -> stats.started(0).skipped(0));
    Throwable failure =
        results
            .containerEvents()
            .failed()
            .stream()
            .findFirst()
            .orElseThrow()
            .getPayload(TestExecutionResult.class)
            .orElseThrow()
            .getThrowable()
            .orElseThrow();
    assertTrue(failure.getMessage().contains("no server in this test"), failure.toString());
  }

  private static EngineExecutionResults run(Class<?>... classes) {
    runningFixtures = true;
    try {
      return EngineTestKit.engine("junit-jupiter")
          .selectors(
              Arrays.stream(classes)
                  .map(type -> selectClass(type))
                  .toArray(DiscoverySelector[]::new))
          .execute();
    } finally {
      runningFixtures = false;
    }
  }

  /** Containers too: a failed drop in afterAll fails the class, not a test. */
  private static void assertAllSucceeded(EngineExecutionResults results, long tests) {
    results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
    results.containerEvents().assertStatistics(stats -> stats.failed(0));
  }

  private static void assertDropped(TestDatabase database, String name) throws SQLException {
    assertTrue(name != null && name.startsWith(DatabaseNames.PREFIX), "a name was seen: " + name);
    // pg_database is shared by all databases of a server, so our own database can see it.
    assertEquals(
        0L,
        database.query(
            "SELECT count(*) FROM pg_database WHERE datname = ?", TestDatabaseTest::single, name),
        name + " is still on the server");
  }

  private static void recordCurrentDatabase(String key, TestDatabase database)
      throws SQLException {
    Object current = database.query("SELECT current_database()", TestDatabaseTest::single);
    assertEquals(database.databaseName(), current);
    SEEN.put(key, database.databaseName());
  }

  @PostgresTest
  @EnabledIf(ONLY_FROM_HERE)
  static class FirstClass {
    @Test
    void recordsItsDatabase(TestDatabase database) throws SQLException {
      recordCurrentDatabase("first", database);
    }
  }

  @PostgresTest
  @EnabledIf(ONLY_FROM_HERE)
  static class SecondClass {
    @Test
    void recordsItsDatabase(TestDatabase database) throws SQLException {
      recordCurrentDatabase("second", database);
    }
  }

  @PostgresTest
  @EnabledIf(ONLY_FROM_HERE)
  static class ClassWithSibling {
    @Test
    void recordsItsDatabaseAndASibling(TestDatabase database) throws SQLException {
      recordCurrentDatabase("own", database);
      recordCurrentDatabase("sibling", database.createSibling());
    }
  }

  @PostgresTest
  @EnabledIf(ONLY_FROM_HERE)
  static class ClassLeakingAConnection {
    static Connection leaked;

    @Test
    void keepsAConnectionOpenPastTheClass(TestDatabase database) throws SQLException {
      leaked = database.connect();
      recordCurrentDatabase("leaked", database);
    }
  }

  @PostgresTest
  @EnabledIf(ONLY_FROM_HERE)
  static class OuterClass {
    @Test
    void recordsItsDatabase(TestDatabase database) throws SQLException {
      recordCurrentDatabase("outer", database);
    }

    @Nested
    class InnerClass {
      @Test
      void recordsItsDatabase(TestDatabase database) throws SQLException {
        recordCurrentDatabase("inner", database);
        assertTrue(
            database.databaseName().startsWith("retort_t_outerclass_"), database.databaseName());
      }
    }
  }

  @EnabledIf(ONLY_FROM_HERE)
  static class ClassWithoutServer {
    @RegisterExtension
    static final PostgresExtension POSTGRES =
        new PostgresExtension(
            () -> {
              throw new ExtensionConfigurationException("no server in this test");
            });

    @Test
    void wouldNeedADatabase(TestDatabase database) {
      SEEN.put("without server", database.databaseName());
    }
  }
}
