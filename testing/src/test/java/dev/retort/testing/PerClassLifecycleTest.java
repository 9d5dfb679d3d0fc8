package dev.retort.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/** A PER_CLASS instance is built before beforeAll callbacks run, so it exercises lazy creation. */
@PostgresTest
@TestInstance(Lifecycle.PER_CLASS)
class PerClassLifecycleTest {

  private final TestDatabase fromConstructor;
  private TestDatabase fromBeforeAll;

  PerClassLifecycleTest(TestDatabase database) {
    this.fromConstructor = database;
  }

  @BeforeAll
  void rememberTheClassDatabase(TestDatabase database) {
    fromBeforeAll = database;
  }

  @Test
  void aPerClassConstructorGetsTheSameDatabaseAsTheTests(TestDatabase database)
      throws SQLException {
    assertSame(fromConstructor, database);
    assertSame(fromBeforeAll, database);
    assertEquals(
        database.databaseName(),
        database.query("SELECT current_database()", TestDatabaseTest::single));
  }
}
