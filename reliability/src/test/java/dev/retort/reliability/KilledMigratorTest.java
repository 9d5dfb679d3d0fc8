package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.retort.introspect.PostgresIntrospector;
import dev.retort.migration.Migration;
import dev.retort.model.SchemaModel;
import dev.retort.runtime.Catalog;
import dev.retort.runtime.MigratorProcess;
import dev.retort.runtime.Retort;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A migrator killed with SIGKILL at a random moment of long multi-statement migrations, again and
 * again (10 times in CI, 100 at full size): afterwards the history names a revision, the catalog is
 * exactly that revision's schema with every table it fills complete, nobody holds the migration
 * lock, and the next boot finishes the work.
 */
@PostgresTest
class KilledMigratorTest {

  private static final long SEED = 20261121L;

  private final TestDatabase db;

  KilledMigratorTest(TestDatabase db) {
    this.db = db;
  }

  @Test
  void aMigratorKilledAtARandomMomentLeavesANamedRevisionAndTheNextBootFinishes() throws Exception {
    List<Migration> migrations = LongMigrationFixture.migrations();
    Catalog.reset(db);
    long whole = migrateInChild(-1).millis();
    int kills = Size.of(10, 100);
    Random random = new Random(SEED);
    int[] landedIn = new int[LongMigrationFixture.LONG_REVISIONS + 2];
    for (int kill = 1; kill <= kills; kill++) {
      Catalog.reset(db);
      long delay = (long) (random.nextDouble() * whole * 1.1);
      String where = "kill " + kill + " (seed " + SEED + ", after " + delay + " ms)";
      migrateInChild(delay);

      HistoryChecks.awaitNoOtherSessions(db);
      List<String> applied = HistoryChecks.assertConsistentPrefix(db, migrations);
      String at = applied.isEmpty() ? null : applied.get(applied.size() - 1);
      assertEquals(LongMigrationFixture.schemaAt(at), schema(), where + ": the catalog is the schema of " + at);
      for (String revision : applied) {
        for (String table : LongMigrationFixture.filledTables(revision)) {
          assertEquals(List.of(Integer.toString(LongMigrationFixture.ROWS)),
              Catalog.strings(db, "SELECT count(*) FROM " + table), where + ": rows of " + table);
        }
      }
      landedIn[applied.size()]++;

      Retort.configure().dataSource(db.dataSource()).migrations(migrations).migrate();
      HistoryChecks.assertConsistent(db, migrations);
      assertEquals(LongMigrationFixture.schemaAt("k" + LongMigrationFixture.LONG_REVISIONS), schema(), where + ": next boot");
    }
    Figures.record("kill -9: %d migrators killed at random moments of a %d ms migration (%d revisions, %d statements"
            + " each); afterwards the database was at: no revision %d times, k0 %d, k1 %d, k2 %d, k3 (killed after the"
            + " end) %d; every time the catalog equalled the named revision's schema, no table was partly filled,"
            + " the lock was free, and the next boot finished",
        kills, whole, LongMigrationFixture.LONG_REVISIONS + 1, LongMigrationFixture.TABLES * 3, landedIn[0], landedIn[1],
        landedIn[2], landedIn[3], landedIn[4]);
  }

  /** What a child migrator reported: how long its migrate call took, when it was not killed. */
  private record Outcome(long millis) {}

  /** Runs a migrator in a JVM of its own; kills it {@code killAfter} ms after its first revision starts (never if negative). */
  private Outcome migrateInChild(long killAfter) throws Exception {
    try (ChildJvm child = ChildJvm.start(List.of("-Xmx64m"), MigratorProcess.class, db.jdbcUrl(), db.user(), "-",
        db.password(), LongMigrationFixture.class.getName())) {
      assertNotNull(child.await("READY"::equals), child::output);
      child.send("GO");
      assertNotNull(child.await(line -> line.startsWith("STARTING ")), child::output);
      if (killAfter < 0) {
        assertEquals(0, child.exitCode(), child::output);
        return new Outcome(Long.parseLong(child.value("MILLIS ")));
      }
      Thread.sleep(killAfter);
      child.kill();
      return new Outcome(-1);
    }
  }

  private SchemaModel schema() throws Exception {
    try (Connection connection = db.connect()) {
      return PostgresIntrospector.introspect(connection).model();
    }
  }
}
