package dev.retort.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@PostgresTest
class TestDatabaseTest {

  private static TestDatabase fromBeforeAll;

  private final TestDatabase fromConstructor;
  private TestDatabase fromBeforeEach;

  TestDatabaseTest(TestDatabase database) {
    this.fromConstructor = database;
  }

  @BeforeAll
  static void rememberTheClassDatabase(TestDatabase database) {
    fromBeforeAll = database;
  }

  @BeforeEach
  void rememberTheDatabaseBeforeEachTest(TestDatabase database) {
    fromBeforeEach = database;
  }

  @Test
  void theSameDatabaseIsInjectedIntoConstructorsLifecycleMethodsAndTests(TestDatabase database) {
    assertSame(fromBeforeAll, database);
    assertSame(fromConstructor, database);
    assertSame(fromBeforeEach, database);
  }

  @Test
  void theClassGetsAFreshEmptyDatabaseNamedAfterIt(TestDatabase database) throws SQLException {
    assertTrue(
        database.databaseName().matches("retort_t_testdatabasetest_[0-9a-f]{12}"),
        database.databaseName());
    assertEquals(
        database.databaseName(),
        database.query("SELECT current_database()", TestDatabaseTest::single));
    assertEquals(
        0L,
        database.query(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')"
                + " AND n.nspname NOT LIKE 'pg_toast%'",
            TestDatabaseTest::single));
    assertEquals(
        List.of("public"),
        database.query(
            "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                + " AND nspname <> 'information_schema'",
            TestDatabaseTest::column));
  }

  @Test
  void theDatabaseIsUtf8WithTheCLocaleWhateverTheServerDefaults(TestDatabase database)
      throws SQLException {
    assertEquals(
        List.of("UTF8", "C", "C"),
        database.query(
            "SELECT pg_encoding_to_char(encoding), datcollate, datctype FROM pg_database"
                + " WHERE datname = current_database()",
            rows -> {
              rows.next();
              return List.of(rows.getString(1), rows.getString(2), rows.getString(3));
            }));
  }

  @Test
  void everyConnectionIsNewAndAutocommits(TestDatabase database) throws SQLException {
    try (Connection first = database.connect();
        Connection second = database.connect()) {
      assertNotSame(first, second);
      assertTrue(first.getAutoCommit());
      assertTrue(second.getAutoCommit());
      try (Statement statement = first.createStatement()) {
        statement.execute("CREATE TABLE seen_by_others (id int)");
      }
      try (Statement statement = second.createStatement();
          ResultSet rows = statement.executeQuery("SELECT count(*) FROM seen_by_others")) {
        assertTrue(rows.next());
      }
    } finally {
      database.execute("DROP TABLE IF EXISTS seen_by_others");
    }
  }

  @Test
  void theDataSourceReachesTheSameDatabaseWithTheSameUser(TestDatabase database)
      throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT current_database(), current_user")) {
      row.next();
      assertEquals(database.databaseName(), row.getString(1));
      assertEquals(database.user(), row.getString(2));
    }
    assertNotSame(database.dataSource(), database.dataSource());
  }

  @Test
  void executeRunsSeveralStatementsAndQueryBindsParameters(TestDatabase database)
      throws SQLException {
    database.execute(
        "CREATE TABLE planet (name text PRIMARY KEY);"
            + " INSERT INTO planet VALUES ('mercury'), ('venus'), ('earth')");
    try {
      assertEquals(
          List.of("earth", "mercury"),
          database.query(
              "SELECT name FROM planet WHERE name <> ? ORDER BY name",
              TestDatabaseTest::column,
              "venus"));
    } finally {
      database.execute("DROP TABLE planet");
    }
  }

  @Test
  void aSiblingIsAnotherFreshDatabaseOnTheSameServer(TestDatabase database) throws SQLException {
    TestDatabase sibling = database.createSibling();

    assertNotEquals(database.databaseName(), sibling.databaseName());
    assertTrue(sibling.databaseName().startsWith("retort_t_testdatabasetest_"));
    assertEquals(database.user(), sibling.user());
    assertEquals(
        sibling.databaseName(),
        sibling.query("SELECT current_database()", TestDatabaseTest::single));
    sibling.execute("CREATE TABLE only_in_the_sibling (id int)");
    assertEquals(
        0L,
        database.query(
            "SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_the_sibling'",
            TestDatabaseTest::single));
  }

  @Test
  void theDescriptionNamesTheDatabaseButNeverThePassword(TestDatabase database) {
    assertTrue(database.toString().contains(database.databaseName()));
    if (!database.password().isEmpty()) {
      assertFalse(database.toString().contains(database.password()));
    }
  }

  @Nested
  class WhenNested {

    @Test
    void nestedClassesReuseTheEnclosingClassDatabase(TestDatabase database) {
      assertSame(fromBeforeAll, database);
    }
  }

  static Object single(ResultSet rows) throws SQLException {
    assertTrue(rows.next(), "one row");
    Object value = rows.getObject(1);
    assertFalse(rows.next(), "only one row");
    return value;
  }

  static List<String> column(ResultSet rows) throws SQLException {
    List<String> values = new ArrayList<>();
    while (rows.next()) {
      values.add(rows.getString(1));
    }
    return values;
  }
}
