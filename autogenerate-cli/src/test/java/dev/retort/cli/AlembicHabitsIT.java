package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The habits people bring from Alembic and Flyway, with the retort jar as a separate process
 * against a real PostgreSQL: options before the command word, relative revisions and open or
 * reversed ranges, prefixes wherever a revision is accepted, a stamp backwards that says it removed
 * rows, a database that is still starting, connection errors that say where their settings came
 * from, and JSON from every read-only command.
 */
@PostgresTest
class AlembicHabitsIT {

  private static final String VEHICLES = "20260101_0800_create_vehicles";
  private static final String DRIVERS = "20260102_0800_create_drivers";
  private static final String TRIPS = "20260103_0800_create_trips";
  private static final String DEPOTS = "20260104_0800_create_depots";

  private final TestDatabase db;
  @TempDir Path directory;
  private FixtureProject project;
  private Map<String, String> env;

  AlembicHabitsIT(TestDatabase db) {
    this.db = db;
  }

  /** Four revisions in a line, one table each, and no table in the database yet. */
  @BeforeEach
  void aProjectWithFourRevisions() throws Exception {
    db.execute("DROP TABLE IF EXISTS vehicles, drivers, trips, depots, retort_history CASCADE");
    project = new FixtureProject(directory.resolve("fleet"));
    Files.createDirectories(project.root());
    String[][] tables = {{"Vehicle", "vehicles", "2026-01-01T08:00"}, {"Driver", "drivers", "2026-01-02T08:00"},
        {"Trip", "trips", "2026-01-03T08:00"}, {"Depot", "depots", "2026-01-04T08:00"}};
    for (String[] table : tables) {
      project.entity(table[0], "@Entity\n@Table(name = \"" + table[1] + "\")\npublic class " + table[0]
          + " {\n  @Id Long id;\n  String name;\n}").compile();
      project.retort(Map.of(), "autogenerate", "-m", "create " + table[1], "--timestamp", table[2]).exits(0);
    }
    project.compile();
    env = Map.of("DATABASE_URL", GuideWorkflowIT.libpqUrl(db));
  }

  private CliRun retort(String... args) throws Exception {
    return project.retort(env, args);
  }

  /** The revision ids a history printed, newest first. */
  private static List<String> listed(CliRun history) {
    List<String> ids = new ArrayList<>();
    for (String id : List.of(DEPOTS, TRIPS, DRIVERS, VEHICLES)) {
      if (history.out().contains("-> " + id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  @Test
  void optionsWorkBeforeTheCommandWordAsAlembicAndFlywayUsersTypeThem() throws Exception {
    String password = db.password() == null ? "" : db.password();
    project.retort(Map.of(), "--url", db.jdbcUrl(), "--user", db.user(), "--password", password, "upgrade", "+2")
        .exits(0).prints("Applied 2 revisions (" + VEHICLES + ", " + DRIVERS + ")");
    project.retort(Map.of(), "--url=" + db.jdbcUrl(), "--user", db.user(), "--password", password, "--json", "current")
        .exits(0);
    JsonObject current = retort("--json", "--history-table", "retort_history", "current").exits(0).json().getAsJsonObject();
    assertEquals(DRIVERS, current.getAsJsonArray("current").get(0).getAsJsonObject().get("revision").getAsString());
    // Options before and after the command word mix; the command's own arguments stay where they are.
    retort("--lock-timeout", "30s", "upgrade", "--lock-retries", "1", "head").exits(0).prints("Applied 2 revisions");
    // An option no command takes, or one the command does not take, is still refused where it was typed.
    retort("--frobnicate", "upgrade").exits(2).complains("Unknown option", "--frobnicate");
    retort("--sql", "current").exits(2).complains("Unknown option", "--sql");
    retort("--version").exits(0);
  }

  @Test
  void relativeRevisionsAndOpenOrReversedRangesEachWorkOrSayWhy() throws Exception {
    retort("upgrade", "+2").exits(0);

    assertEquals(List.of(DRIVERS, VEHICLES), listed(retort("history", "-r", "-1:current").exits(0)));
    assertEquals(List.of(TRIPS, DRIVERS), listed(retort("history", "-r", "current:+1").exits(0)));
    assertEquals(List.of(DEPOTS, TRIPS), listed(retort("history", "-r", "20260103:").exits(0)));
    assertEquals(List.of(DRIVERS, VEHICLES), listed(retort("history", "-r", ":current").exits(0)));
    assertEquals(List.of(TRIPS, DRIVERS), listed(retort("history", "-r", "current-0:head-1").exits(0)));
    CliRun reversed = retort("history", "-r", "head:base").exits(0);
    assertEquals(List.of(DEPOTS, TRIPS, DRIVERS, VEHICLES), listed(reversed));
    reversed.complains("Reading head:base as the range from its older end to its newer one");
    retort("history", "-r", "base:base").exits(0).prints("No revisions in base:base: it ends at base.");
    retort("history", "-r", "current:+5").exits(2).complains("RTR-1128", "\"+5\" goes 5 step(s)", "ends after 2",
        "at " + DEPOTS);
    retort("history", "-r", "base").exits(2).complains("RTR-1112");

    retort("show", "current").exits(0).prints("Revision: " + DRIVERS);
    retort("show", "current-1").exits(0).prints("Revision: " + VEHICLES);
    retort("show", "head-1").exits(0).prints("Revision: " + TRIPS);
    retort("show", "base+1").exits(0).prints("Revision: " + VEHICLES);
    retort("show", "base").exits(2).complains("RTR-1131", "retort show base+1");
    retort("show", "current-3").exits(2).complains("RTR-1128");
    project.retort(Map.of(), "show", "current").exits(2).complains("RTR-1104", "show current");

    CliRun script = retort("sql", "head-1:head").exits(0).prints("CREATE TABLE depots");
    assertFalse(script.out().contains("CREATE TABLE trips"), script.describe());
    retort("sql", "current:head").exits(2).complains("RTR-1134", "cannot use current");

    retort("upgrade", "current+1").exits(0).prints("Applied 1 revision (" + TRIPS + ")");
    retort("downgrade", "current-2").exits(0).prints("Downgraded 2 revisions (" + TRIPS + ", " + DRIVERS + ")");
    retort("current").exits(0).prints(VEHICLES);
  }

  @Test
  void theShortestUnambiguousPrefixWorksWhereverARevisionIsAccepted() throws Exception {
    // Every id starts with its creation time, so the day is a prefix one can type; the month is not unique.
    retort("upgrade", "20260102").exits(0).prints("Applied 2 revisions (" + VEHICLES + ", " + DRIVERS + ")");
    retort("show", "20260103").exits(0).prints("Revision: " + TRIPS);
    assertEquals(List.of(TRIPS, DRIVERS), listed(retort("history", "-r", "20260102:20260103").exits(0)));
    retort("sql", "20260102:20260103").exits(0).prints("CREATE TABLE trips");
    retort("downgrade", "20260101").exits(0).prints("Downgraded 1 revision (" + DRIVERS + ")");
    retort("stamp", "20260104").exits(0).prints("Stamped 3 revisions");
    retort("upgrade", "--accept-checksum", "20260101").exits(0);
    retort("show", "202601").exits(2).complains("RTR-207", "matches several revisions", VEHICLES, DEPOTS);
    retort("upgrade", "2025").exits(2).complains("RTR-206", "There is no revision 2025");
  }

  @Test
  void aStampToAnOlderRevisionOrBaseSaysItRemovedTheRows() throws Exception {
    retort("upgrade").exits(0);
    retort("stamp", DRIVERS).exits(0).prints("Removed the history rows of 2 revisions (" + TRIPS + ", " + DEPOTS
        + "), whose schema changes stay in the database, running nothing", "the database is at " + DRIVERS + ".");
    JsonObject base = retort("stamp", "base", "--json").exits(0).json().getAsJsonObject();
    assertEquals(List.of(VEHICLES, DRIVERS), strings(base.getAsJsonArray("unstamped")));
    assertEquals(List.of(), strings(base.getAsJsonArray("headsAfter")));
    retort("stamp", "head").exits(0).prints("Stamped 4 revisions (" + VEHICLES + ", " + DRIVERS + ", " + TRIPS + ", "
        + DEPOTS + ") as applied, running nothing");
    assertFalse(retort("stamp", "20260102").exits(0).out().contains("Stamped"));
  }

  @Test
  void aDatabaseThatIsStillStartingIsRetriedABoundedNumberOfTimes() throws Exception {
    try (StartingServer starting = StartingServer.before(db.jdbcUrl(), 3)) {
      Map<String, String> late = Map.of("DATABASE_URL", GuideWorkflowIT.libpqUrl(db).replaceFirst("@[^/]+/",
          "@127.0.0.1:" + starting.port() + "/"), "RETORT_CONNECT_RETRIES", "5", "RETORT_CONNECT_RETRY_INTERVAL", "200ms");
      CliRun upgrade = project.retort(late, "upgrade").exits(0).prints("Applied 4 revisions")
          .complains("the database system is starting up", "retry 1 of 5 in 200 ms", "retry 3 of 5 in 200 ms");
      assertFalse(upgrade.err().contains("retry 4 of"), upgrade.describe());
      assertEquals(3, starting.refused());
    }
    CliRun refused = project.retort(Map.of("DATABASE_URL", "postgresql://fleet:s3cret@127.0.0.1:1/fleet"), "current",
        "--connect-retries", "2", "--connect-retry-interval", "100ms").exits(3)
        .complains("retry 1 of 2 in 100 ms", "retry 2 of 2 in 100 ms", "RTR-402").neverShows("s3cret");
    assertFalse(refused.err().contains("retry 3 of"), refused.describe());
    retort("current", "--connect-retries", "-1").exits(2).complains("--connect-retries must be 0 or more");
  }

  @Test
  void aConnectionErrorNamesWhereItsSettingsCameFromAndWhatToCheck() throws Exception {
    Path dotEnv = project.root().resolve(".env");
    Files.writeString(dotEnv, "DATABASE_URL=postgresql://fleet:s3cret@127.0.0.1:1/fleet\n");
    CliRun fromFile = project.retort(Map.of(), "upgrade").exits(3);
    fromFile.complains("RTR-402", "RTR-1132 The connection settings came from DATABASE_URL in " + dotEnv,
        "that PostgreSQL runs at jdbc:postgresql://127.0.0.1:1/fleet", "--connect-retries").neverShows("s3cret");
    assertEquals(1, fromFile.err().strip().lines().count(), "one paragraph\n" + fromFile.describe());
    project.retort(Map.of("RETORT_URL", "postgresql://127.0.0.1:1/fleet", "RETORT_PASSWORD", "s3cret"), "current")
        .exits(3).complains("came from RETORT_URL in the environment, RETORT_PASSWORD in the environment")
        .neverShows("s3cret");
    project.retort(Map.of(), "heads", "--json").exits(0); // needs no database, so the .env's is never tried
    project.retort(Map.of(), "--url", "jdbc:postgresql://127.0.0.1:1/fleet", "current", "--user", "fleet")
        .exits(3).complains("came from the --url argument, --user");
    Files.delete(dotEnv);
    try (FakePasswordServer server = new FakePasswordServer()) {
      project.retort(Map.of("POSTGRES_HOST", "127.0.0.1", "POSTGRES_PORT", String.valueOf(server.port()),
          "POSTGRES_USER", "fleet", "POSTGRES_PASSWORD", "wrong"), "current").exits(3)
          .complains("came from POSTGRES_HOST in the environment, POSTGRES_PORT in the environment, POSTGRES_USER in the"
              + " environment, POSTGRES_PASSWORD in the environment", "Check the user and the password given there")
          .neverShows("wrong");
    }
    Files.writeString(dotEnv, "DATABASE_URL=postgresql://fleet:s3cret@127.0.0.1:1/fleet\n");
    JsonObject error = project.retort(Map.of(), "current", "--json").exits(3).json().getAsJsonObject()
        .getAsJsonObject("error");
    assertEquals("RTR-402", error.get("code").getAsString());
    assertEquals(3, error.get("exitCode").getAsInt());
    assertTrue(error.get("diagnosis").getAsString().startsWith("RTR-1132 The connection settings came from DATABASE_URL"),
        error.toString());
  }

  @Test
  void aMigratorWaitingForTheLockSaysForWhomAndHowLong() throws Exception {
    retort("upgrade", "+1").exits(0);
    try (java.sql.Connection holder = db.connect(); java.sql.Statement statement = holder.createStatement()) {
      statement.execute("SET application_name = 'nightly-import'");
      statement.execute("SELECT pg_advisory_lock(" + migrationLockKey("public.retort_history") + ")");
      int pid;
      try (java.sql.ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
        row.next();
        pid = row.getInt(1);
      }
      retort("upgrade", "--lock-timeout", "1s").exits(3)
          .complains("Waiting for the migration lock on public.retort_history, held by session " + pid + " (user ",
              "application \"nightly-import\"", "last query: SELECT pg_backend_pid()", "waiting at most 1s (--lock-timeout)",
              "RTR-401", "(held by session " + pid);
    }
  }

  /** The key the runtime takes its advisory lock under: the first 8 bytes of SHA-256("retort:" + scope). */
  private static long migrationLockKey(String scope) throws Exception {
    byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
        .digest(("retort:" + scope).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return java.nio.ByteBuffer.wrap(digest).getLong();
  }

  @Test
  void readOnlyCommandsInAProjectWithAConflictedSnapshotSayWhatIsWrong() throws Exception {
    Path snapshot = project.root().resolve(FixtureProject.MIGRATIONS_DIR).resolve("retort.snapshot");
    String text = Files.readString(snapshot);
    String headLine = text.lines().filter(l -> l.contains(DEPOTS)).findFirst().orElseThrow();
    Files.writeString(snapshot, text.replace(headLine,
        "<<<<<<< HEAD\n" + headLine + "\n=======\n" + headLine.replace(DEPOTS, "20260104_0900_add_licence")
            + "\n>>>>>>> licence"));
    // The build stops on the conflicted snapshot (RTR-804), so no classes are left to read.
    FixtureProject.deleteRecursively(project.root().resolve("target/classes"));
    for (String command : List.of("heads", "history", "current", "check")) {
      CliRun run = retort(command).exits(2).complains("RTR-1133", snapshot + " has an unresolved git merge conflict",
          "line " + (text.lines().toList().indexOf(headLine) + 1), "retort " + command + " has no build",
          "retort merge -m \"merge heads\"");
      assertFalse(run.err().contains("annotationProcessorPaths"), run.describe());
    }
    JsonObject error = retort("heads", "--json").exits(2).json().getAsJsonObject().getAsJsonObject("error");
    assertEquals("RTR-1133", error.get("code").getAsString());
  }

  @Test
  void everyReadOnlyCommandPrintsTheDocumentedJson() throws Exception {
    retort("upgrade", "+3").exits(0);
    JsonObject current = retort("current", "--json").exits(0).json().getAsJsonObject();
    assertKeys(current.getAsJsonArray("current").get(0), "revision", "parents", "message", "operation", "checksum",
        "appliedAt", "appliedBy", "millis", "success", "head", "inBuild");
    JsonArray history = retort("history", "--json", "-r", "-1:current").exits(0).json().getAsJsonObject()
        .getAsJsonArray("revisions");
    assertEquals(2, history.size());
    assertKeys(history.get(0), "revision", "parents", "message", "head", "current", "state", "applied");
    assertEquals("applied", history.get(0).getAsJsonObject().get("state").getAsString());
    assertKeys(retort("heads", "--json").exits(0).json().getAsJsonObject().getAsJsonArray("heads").get(0),
        "revision", "parents", "message");
    JsonObject show = retort("show", "current", "--json").exits(0).json().getAsJsonObject();
    assertKeys(show, "revision", "parents", "message", "class", "transactional", "head", "upgrade", "upgradeSql",
        "downgrade", "downgradeSql");
    assertEquals(TRIPS, show.get("revision").getAsString());
    JsonObject check = retort("check", "--json").exits(1).json().getAsJsonObject();
    assertKeys(check, "ok", "databaseChecked", "differences", "lint");
    assertKeys(check.get("lint"), "scope", "checked", "acknowledged");
    assertEquals("RTR-1123", check.getAsJsonArray("differences").get(0).getAsJsonObject().get("code").getAsString());
    JsonObject diff = retort("diff", "--json").exits(1).json().getAsJsonObject();
    assertKeys(diff, "database", "operations");
    assertKeys(retort("sql", "20260103:head", "--json").exits(0).json(), "from", "to", "sql");
    JsonObject unknown = retort("show", "nonesuch", "--json").exits(2).json().getAsJsonObject().getAsJsonObject("error");
    assertKeys(unknown, "code", "message", "exitCode", "diagnosis");
    assertEquals("RTR-206", unknown.get("code").getAsString());
  }

  private static void assertKeys(JsonElement element, String... keys) {
    assertEquals(List.of(keys), List.copyOf(element.getAsJsonObject().keySet()), element::toString);
  }

  private static List<String> strings(JsonArray array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.getAsString()));
    return values;
  }
}
