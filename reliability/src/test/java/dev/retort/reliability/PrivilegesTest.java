package dev.retort.reliability;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Category;
import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.runtime.ConcurrencyFixture;
import dev.retort.runtime.Retort;
import dev.retort.runtime.TestMigration;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The runtime needs no more than a role that owns its schema; a role that lacks a privilege is
 * told which privilege on which object, and the statement that grants it, which works.
 */
@PostgresTest
class PrivilegesTest {

  private static final Pattern FIX = Pattern.compile("run (.+?;) (?:then|or point)");

  private final TestDatabase db;
  private final String owner;
  private final String user;
  /** The roles' password: a user's server asks every role for one, so the test gives one too. */
  private final String password = "rel-" + java.util.UUID.randomUUID();

  PrivilegesTest(TestDatabase db) {
    this.db = db;
    this.owner = "rel_owner_" + Math.abs(db.databaseName().hashCode());
    this.user = "rel_user_" + Math.abs(db.databaseName().hashCode());
  }

  @BeforeEach
  void anOwnerOfOneSchemaAndAUserWithNothing() throws Exception {
    dropRoles();
    db.execute("CREATE ROLE " + owner + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '" + password + "'");
    db.execute("CREATE ROLE " + user + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '" + password + "'");
    db.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
    db.execute("CREATE SCHEMA app AUTHORIZATION " + owner);
  }

  @AfterEach
  void dropRoles() throws Exception {
    db.execute("DROP SCHEMA IF EXISTS app CASCADE");
    for (String role : List.of(owner, user)) {
      if (!db.query("SELECT 1 FROM pg_roles WHERE rolname = ?", rows -> rows.next(), role)) {
        continue;
      }
      db.execute("DROP OWNED BY " + role);
      db.execute("DROP ROLE " + role);
    }
  }

  private Retort as(String role, List<Migration> migrations) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(db.jdbcUrl());
    dataSource.setUser(role);
    dataSource.setPassword(password);
    dataSource.setCurrentSchema("app");
    return Retort.configure().dataSource(dataSource).migrations(migrations).load();
  }

  @Test
  void aRoleThatOwnsOnlyItsSchemaMigratesEverything() throws Exception {
    as(owner, ConcurrencyFixture.migrations()).upgrade();
    assertEquals(List.of(Integer.toString(ConcurrencyFixture.REVISIONS)),
        db.query("SELECT count(*) FROM app.retort_history", rows -> List.of(rows.next() ? rows.getString(1) : "")));
    assertEquals(List.of(owner), db.query("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'app'",
        rows -> List.of(rows.next() ? rows.getString(1) : "")));
  }

  @Test
  void aRoleLackingAPrivilegeIsToldWhichAndTheGrantThatFixesItWorks() throws Exception {
    List<Migration> migrations = new ArrayList<>(ConcurrencyFixture.migrations().subList(0, 3));
    as(owner, migrations).upgrade();
    db.execute("GRANT USAGE ON SCHEMA app TO " + user);
    migrations.add(TestMigration.createTable("r04", "r03", "made_by_user"));
    migrations.add(TestMigration.of("r05", "r04", op -> op.addColumn("counters", column("extra", bigint())), op -> { }));

    RetortException history = refused(migrations, Message.HISTORY_PRIVILEGE_MISSING);
    assertTrue(history.getMessage().contains("lacks the SELECT, INSERT, UPDATE, DELETE privilege on table retort_history"),
        history.getMessage());
    runFix(history);

    RetortException create = refused(migrations, Message.PRIVILEGE_MISSING);
    assertTrue(create.getMessage().contains("Revision r04 (test r04) was rolled back: role " + user
        + " lacks the USAGE, CREATE privilege on schema app"), create.getMessage());
    runFix(create);

    RetortException alter = refused(migrations, Message.OWNER_REQUIRED);
    assertTrue(alter.getMessage().contains("only the owner of table counters may change it"), alter.getMessage());
    runFix(alter);

    assertEquals(List.of("r05"), as(user, migrations).upgrade().revisions());
    HistoryChecks.assertConsistent(dataSourceOfApp(), migrations);
  }

  private RetortException refused(List<Migration> migrations, Message expected) {
    RetortException error = assertThrows(RetortException.class, () -> as(user, migrations).upgrade());
    assertEquals(expected, error.catalogEntry(), error.getMessage());
    assertEquals(Category.CONNECTION, error.category());
    return error;
  }

  /** Runs, as a superuser, the statement the message says fixes it. */
  private void runFix(RetortException error) throws Exception {
    Matcher fix = FIX.matcher(error.getMessage());
    assertTrue(fix.find(), error.getMessage());
    db.execute("SET search_path = app; " + fix.group(1));
  }

  private javax.sql.DataSource dataSourceOfApp() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(db.jdbcUrl());
    dataSource.setUser(db.user());
    if (!db.password().isEmpty()) {
      dataSource.setPassword(db.password());
    }
    dataSource.setCurrentSchema("app");
    return dataSource;
  }
}
