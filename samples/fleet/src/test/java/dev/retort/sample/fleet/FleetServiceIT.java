package dev.retort.sample.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.migration.Revision;
import dev.retort.runtime.Retort;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built service ({@code target/fleet.jar}) booted as a separate process against a fresh
 * database given as {@code DATABASE_URL}, as it is deployed: Retort migrates, Hibernate validates,
 * the work is done, the history is printed.
 */
@PostgresTest
class FleetServiceIT {

  private static final String HEAD = "20261121_1630_merge_heads";

  @TempDir
  Path workingDirectory;

  /** The revisions the build holds, parents first, read from the index the processor wrote. */
  private static List<Revision> revisionsInTheBuild() {
    return Retort.configure().migrationsFromIndex().load().revisions();
  }

  @Test
  void aFreshDatabaseGetsEveryRevisionOnTheFirstBootAndNothingOnTheSecond(TestDatabase db) throws Exception {
    List<Revision> revisions = revisionsInTheBuild();
    assertEquals(12, revisions.size(), "revisions in the build: " + revisions);
    String url = FleetProcess.databaseUrl(db);

    FleetProcess.Run first = FleetProcess.run(url, workingDirectory);
    assertEquals(0, first.exitCode(), first.output());
    assertContains(first.output(),
        "Migrations: Applied 12 revisions (",
        "the database is at " + HEAD + ".",
        "Hibernate validated the schema of 9 entities (hibernate.hbm2ddl.auto=validate).",
        "registered vehicle 1FTBR1C82PKA12345 (2023 Ford Transit, white)",
        "registered driver Ada Lovelace",
        "created user dispatcher <dispatch@fleet.example>, status active",
        "OIL_CHANGE at 15000 km, brought in by Ada Lovelace",
        "vehicle 1FTBR1C82PKA12345 has 1 service record, at [15000 km]",
        "updated the OIL_CHANGE schedule: next due",
        "Revision history (12 rows in retort_history):");
    for (Revision revision : revisions) {
      assertContains(first.output(), "APPLIED  " + revision.id());
    }

    FleetProcess.Run second = FleetProcess.run(url, workingDirectory);
    assertEquals(0, second.exitCode(), second.output());
    assertContains(second.output(),
        "Migrations: Nothing to do; the database is at " + HEAD + ".",
        "found vehicle 1FTBR1C82PKA12345 (2023 Ford Transit, white), registered by an earlier run",
        "OIL_CHANGE at 30000 km",
        "vehicle 1FTBR1C82PKA12345 has 2 service records, at [15000 km, 30000 km]",
        "Revision history (12 rows in retort_history):");
    assertEquals(List.of("12"), rows(db, "select count(*) from retort_history"));
    assertEquals(List.of("2"), rows(db, "select count(*) from service_records"));
  }

  @Test
  void aDatabaseStampedAtHeadWithoutItsTablesStopsTheBootWithHibernatesReason(TestDatabase db) throws Exception {
    TestDatabase stamped = db.createSibling();
    Retort.configure().dataSource(stamped.dataSource()).migrationsFromIndex().load().stamp("head");

    FleetProcess.Run run = FleetProcess.run(FleetProcess.databaseUrl(stamped), workingDirectory);

    assertEquals(FleetService.SCHEMA_MISMATCH, run.exitCode(), run.output());
    assertContains(run.output(),
        "Migrations: Nothing to do; the database is at " + HEAD + ".",
        "Boot failed: Hibernate's schema validation rejected the database: Schema validation: missing table",
        "a migration is missing from the build, or the database was changed or stamped without running one",
        "STAMPED  " + HEAD);
    assertTrue(!run.output().contains("Work done:"), "no work on a rejected schema:\n" + run.output());
  }

  @Test
  void usersFromBeforeTheNewColumnsGetTheirStatusAndEmailFromTheHandWrittenRevisions(TestDatabase db) throws Exception {
    TestDatabase older = db.createSibling();
    Retort.configure().dataSource(older.dataSource()).migrationsFromIndex().load()
        .upgrade("20261121_1200_add_phone_number_to_drivers");
    older.execute("""
        insert into users (username, created_at, deleted_at) values
          ('alice', now(), null),
          ('bob', now(), now())
        """);

    FleetProcess.Run run = FleetProcess.run(FleetProcess.databaseUrl(older), workingDirectory);

    assertEquals(0, run.exitCode(), run.output());
    assertContains(run.output(), "Migrations: Applied 8 revisions (20261121_1300_change_users, 20261121_1330_fill_user_status,"
        + " 20261121_1400_backfill_user_email, 20261121_1430_change_users,");
    assertEquals(List.of("alice|alice@example.com|active", "bob|bob@example.com|deleted",
            "dispatcher|dispatch@fleet.example|active"),
        rows(older, "select username || '|' || email || '|' || status from users order by username"));
    assertEquals(List.of("NO"), rows(older,
        "select is_nullable from information_schema.columns where table_name = 'users' and column_name = 'email'"));
  }

  private static void assertContains(String output, String... expected) {
    for (String text : expected) {
      assertTrue(output.contains(text), "the output lacks \"" + text + "\":\n" + output);
    }
  }

  private static List<String> rows(TestDatabase db, String sql) throws Exception {
    return db.query(sql, resultSet -> {
      List<String> values = new ArrayList<>();
      while (resultSet.next()) {
        values.add(resultSet.getString(1));
      }
      return values;
    });
  }
}
