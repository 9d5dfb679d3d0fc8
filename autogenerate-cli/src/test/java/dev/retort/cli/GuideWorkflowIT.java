package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflow of the migration guides, end to end, with the retort jar as a separate process
 * against a real PostgreSQL: init from empty; create and review migrations; upgrade +1 and +2;
 * downgrade -1, to a revision and to base; current, history, heads, show; two git branches, two
 * heads detected, merged and upgraded; stamp; offline SQL; check and diff passing and failing.
 */
@PostgresTest
class GuideWorkflowIT {

  private static final String VEHICLE = """
      @Entity
      @Table(name = "vehicles")
      public class Vehicle {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(nullable = false, unique = true, length = 17) String vin;
        @Column(nullable = false) String make;
        String model;
        Integer year;
      }""";

  private final TestDatabase db;
  @TempDir Path directory;

  GuideWorkflowIT(TestDatabase db) {
    this.db = db;
  }

  /** The test database as a .env file of the guides writes it. */
  static String libpqUrl(TestDatabase database) {
    String user = database.user() == null ? "postgres" : database.user();
    String password = database.password() == null || database.password().isEmpty() ? "" : ":" + database.password();
    return "postgresql://" + user + password + "@" + database.jdbcUrl().substring("jdbc:postgresql://".length());
  }

  /**
   * The short form the CLI shows for {@code id}: each revision of these tests has a creation minute
   * of its own, and that minute is its shortest unique prefix.
   */
  static String minute(String id) {
    return id.substring(0, "yyyyMMdd_HHmm".length());
  }

  private static String revision(CliRun run) {
    return run.json().getAsJsonObject().get("revision").getAsString();
  }

  @Test
  void aTeamFollowsTheGuidesWorkflowFromAnEmptyDatabaseThroughMergedBranches() throws Exception {
    // Plain DDL, one migration per change as the guides count them; OnlinePlansCliIT has the online forms.
    FixtureProject project = new FixtureProject(directory.resolve("fleet")).withProcessorOption("retort.onlinePlans=false");
    Files.createDirectories(project.root());
    Map<String, String> none = Map.of();
    Map<String, String> env = Map.of("DATABASE_URL", libpqUrl(db));

    // Create and review the first migration.
    project.entity("Vehicle", VEHICLE).compile();
    CliRun first = project.retort(none, "autogenerate", "-m", "create vehicles", "--timestamp", "2026-01-05T09:00", "--json")
        .exits(0);
    String vehicles = revision(first);
    assertEquals("20260105_0900_create_vehicles", vehicles);
    String source = project.read(FixtureProject.MIGRATIONS_DIR + "/V20260105_0900__create_vehicles.java");
    assertTrue(source.contains("createTable(\"vehicles\""), source);
    assertTrue(project.read(FixtureProject.MIGRATIONS_DIR + "/retort.snapshot").contains(vehicles));
    project.compile();
    project.retort(none, "autogenerate", "-m", "nothing").exits(0).prints("No changes");
    project.retort(none, "check").exits(0).prints("agree").complains("RTR-1125");

    // init from empty, then current.
    project.retort(env, "init").exits(0).prints("Applied 1 revision (" + minute(vehicles) + ")");
    project.retort(env, "current").exits(0).prints(minute(vehicles) + " (head), create vehicles");
    assertEquals(List.of("vehicles"), tables());

    // Three more migrations: two generated, one hand-written data migration.
    project.entity("Driver", """
        @Entity
        @Table(name = "drivers")
        public class Driver {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
          @Column(nullable = false) String name;
        }""").compile();
    String drivers = revision(project.retort(none, "revision", "--autogenerate", "-m", "create drivers",
        "--timestamp", "2026-01-06T09:00", "--json").exits(0));
    project.compile();
    project.entity("Driver", """
        @Entity
        @Table(name = "drivers", indexes = @Index(name = "ix_drivers_phone", columnList = "phone"))
        public class Driver {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
          @Column(nullable = false) String name;
          @Column(length = 20) String phone;
        }""").compile();
    CliRun phone = project.retort(none, "autogenerate", "-m", "add driver phone", "--timestamp", "2026-01-07T09:00")
        .exits(0).prints("Generated", "adds column phone", "Review it");
    String phoneRevision = "20260107_0900_add_driver_phone";
    assertTrue(phone.out().contains(phoneRevision), phone.describe());
    project.compile();
    String backfill = revision(project.retort(none, "revision", "-m", "backfill driver phones",
        "--timestamp", "2026-01-08T09:00", "--json").exits(0));
    String backfillFile = FixtureProject.MIGRATIONS_DIR + "/V20260108_0900__backfill_driver_phones.java";
    String hint = project.read(backfillFile).lines().filter(l -> l.contains("//")).findFirst().orElseThrow().strip();
    project.edit(backfillFile, hint, "op.execute(\"UPDATE drivers SET phone = 'unknown' WHERE phone IS NULL\");");
    project.compile();
    project.retort(none, "check").exits(0);
    project.retort(env, "check").exits(1).prints("RTR-1123", "has not applied 3 revision(s)");

    // upgrade +1 and +2, with progress.
    project.retort(env, "upgrade", "+1").exits(0).prints("Applied 1 revision (" + minute(drivers) + ")");
    project.retort(env, "upgrade", "+2").exits(0).prints("Applied 2 revisions (" + minute(phoneRevision) + ", " + minute(backfill) + ")")
        .complains("[1/2] Applying " + minute(phoneRevision), "[2/2] done in");
    project.retort(env, "current").exits(0).prints(minute(backfill) + " (head)");
    project.retort(env, "check").exits(0).prints("is at the head with no drift");

    // history, heads, show.
    CliRun history = project.retort(env, "history").exits(0);
    List<String> lines = history.out().lines().toList();
    assertEquals(4, lines.size(), history.describe());
    assertTrue(lines.get(0).startsWith(minute(phoneRevision) + " -> " + minute(backfill) + " (head) (current), backfill driver phones"), history.describe());
    assertTrue(lines.get(3).startsWith("<base> -> " + minute(vehicles) + ", create vehicles"), history.describe());
    project.retort(env, "history", "-r", drivers + ":" + phoneRevision).exits(0).prints(minute(drivers), minute(phoneRevision));
    assertEquals(2, project.retort(env, "history", "-r", drivers + ":" + phoneRevision).out().lines().count());
    project.retort(env, "history", "--verbose").exits(0).prints("applied ", "checksum ", "    id: " + backfill);
    project.retort(none, "history").exits(0).prints(minute(vehicles));
    project.retort(none, "heads").exits(0).prints(minute(backfill) + " (head), backfill driver phones");
    project.retort(none, "show", "20260107").exits(0)
        .prints("Revision: " + minute(phoneRevision), "Id:       " + phoneRevision, "Parents:  " + minute(drivers), "adds column phone",
            "ALTER TABLE drivers ADD COLUMN phone character varying(20)", "CREATE INDEX ix_drivers_phone", "DROP INDEX");
    JsonObject shown = project.retort(none, "show", backfill, "--json").exits(0).json().getAsJsonObject();
    assertTrue(shown.get("upgradeSql").toString().contains("UPDATE drivers SET phone"), shown.toString());

    // downgrade -1, to a revision, to base; then back up.
    project.retort(env, "downgrade", "-1").exits(0).prints("Downgraded 1 revision (" + minute(backfill) + ")");
    project.retort(env, "current").exits(0).prints(minute(phoneRevision));
    project.retort(env, "downgrade", vehicles).exits(0).prints("Downgraded 2 revisions (" + minute(phoneRevision) + ", " + minute(drivers) + ")");
    assertEquals(List.of("vehicles"), tables());
    project.retort(env, "downgrade", "base").exits(0).prints("the database is at base");
    project.retort(env, "current").exits(0).prints("base");
    assertEquals(List.of(), tables());
    project.retort(env, "upgrade").exits(0).prints("Applied 4 revisions");

    // Two branches, two heads, a merge.
    project.gitOk("init", "-q");
    project.gitOk("add", "-A");
    project.gitOk("commit", "-qm", "four migrations");
    project.gitOk("checkout", "-qb", "feature-color");
    project.entity("Vehicle", VEHICLE.replace("Integer year;", "Integer year;\n  String color;")).compile();
    String color = revision(project.retort(none, "autogenerate", "-m", "add vehicle color", "--timestamp",
        "2026-01-09T09:00", "--json").exits(0));
    project.gitOk("add", "-A");
    project.gitOk("commit", "-qm", "color");
    project.gitOk("checkout", "-q", "main");
    project.entity("Tire", """
        @Entity
        @Table(name = "tires")
        public class Tire {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
          @ManyToOne(optional = false) Vehicle vehicle;
          @Column(nullable = false) String position;
        }""").compile();
    String tires = revision(project.retort(none, "autogenerate", "-m", "create tires", "--timestamp",
        "2026-01-09T10:00", "--json").exits(0));
    project.gitOk("add", "-A");
    project.gitOk("commit", "-qm", "tires");
    assertNotEquals(0, project.git("merge", "-q", "feature-color"), "the snapshots of both branches conflict");
    assertTrue(project.read(FixtureProject.MIGRATIONS_DIR + "/retort.snapshot").contains("<<<<<<<"));
    project.compile();
    project.retort(none, "heads").exits(0).prints(minute(color) + " (head)", minute(tires) + " (head)").complains("2 heads");
    project.retort(env, "upgrade").exits(5).complains("RTR-204", color, tires, "retort merge");
    // With one side's snapshot, check names the two heads as the engine does (the processor and autogenerate too).
    String snapshotFile = FixtureProject.MIGRATIONS_DIR + "/retort.snapshot";
    String conflicted = project.read(snapshotFile);
    project.gitOk("checkout", "--ours", "--", snapshotFile);
    project.retort(none, "check").exits(1).prints("RTR-1013", color, tires, "retort merge").neverShows("RTR-204");
    Files.writeString(project.root().resolve(snapshotFile), conflicted);
    project.retort(none, "autogenerate", "-m", "more").exits(5).complains("RTR-804", "retort merge");
    CliRun merge = project.retort(none, "merge", "-m", "merge heads", "--timestamp", "2026-01-10T09:00").exits(0)
        .prints("merging " + color + " and " + tires);
    assertFalse(project.read(FixtureProject.MIGRATIONS_DIR + "/retort.snapshot").contains("<<<<<<<"), merge.describe());
    project.compile();
    project.retort(none, "heads").exits(0).prints("20260110_0900 (head), merge heads");
    project.retort(none, "check").exits(0);
    project.retort(none, "autogenerate").exits(0).prints("No changes");
    project.retort(env, "upgrade").exits(0).prints("Applied 3 revisions");
    project.retort(env, "history").exits(0).prints("(mergepoint)");
    assertEquals(List.of("drivers", "tires", "vehicles"), tables());
    project.retort(env, "check").exits(0);

    // Offline SQL for a range, upgrade and downgrade.
    project.retort(none, "sql", drivers + ":" + backfill).exits(0)
        .prints("ALTER TABLE drivers ADD COLUMN phone", "UPDATE drivers SET phone", "INSERT INTO retort_history")
        .neverShows("CREATE TABLE vehicles");
    project.retort(none, "downgrade", "--sql", "head:" + backfill).exits(0).prints("DROP TABLE tires", "DELETE FROM retort_history");

    // A DBA runs the script on a new database; retort agrees it is at head. Another is stamped.
    TestDatabase dba = db.createSibling();
    String script = project.retort(none, "upgrade", "--sql", "base:head").exits(0).out();
    try (Connection connection = dba.connect(); Statement statement = connection.createStatement()) {
      statement.execute(script);
    }
    Map<String, String> dbaEnv = Map.of("DATABASE_URL", libpqUrl(dba));
    project.retort(dbaEnv, "check").exits(0);
    TestDatabase adopted = db.createSibling();
    Map<String, String> adoptedEnv = Map.of("RETORT_URL", adopted.jdbcUrl(),
        "RETORT_USER", adopted.user() == null ? "postgres" : adopted.user(),
        "RETORT_PASSWORD", adopted.password() == null ? "" : adopted.password());
    project.retort(adoptedEnv, "stamp", "head").exits(0).prints("Stamped 7 revisions");
    JsonArray current = project.retort(adoptedEnv, "current", "--json").exits(0).json().getAsJsonObject()
        .getAsJsonArray("current");
    assertEquals("20260110_0900_merge_heads", current.get(0).getAsJsonObject().get("revision").getAsString());
    project.retort(adoptedEnv, "history").exits(0).prints("[stamped]");

    // diff and check fail on a hand change; autogenerate --against-db writes the migration that undoes it.
    project.retort(env, "diff").exits(0).prints("matches the entities");
    db.execute("ALTER TABLE vehicles ADD COLUMN notes text");
    project.retort(env, "diff").exits(1).prints("drops column notes of vehicles");
    project.retort(env, "check").exits(1).prints("RTR-1014", "notes");
    project.retort(env, "autogenerate", "--against-db", "-m", "drop hand-made notes", "--timestamp", "2026-01-11T09:00")
        .exits(0).prints("drops column notes of vehicles");
    project.compile();
    project.retort(env, "upgrade").exits(0).prints("Applied 1 revision");
    project.retort(env, "diff").exits(0);
    project.retort(env, "check").exits(0).complains("RTR-1126");
  }

  private List<String> tables() throws Exception {
    return db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        + " AND table_name <> 'retort_history' ORDER BY 1", rows -> {
          List<String> names = new java.util.ArrayList<>();
          while (rows.next()) {
            names.add(rows.getString(1));
          }
          return names;
        });
  }
}
