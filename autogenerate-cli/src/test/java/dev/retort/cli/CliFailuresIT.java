package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retort jar as a separate process, on every way of naming a database and every way a run
 * can fail: each failure ends with its documented exit code and one paragraph that names what is
 * at fault, and no password ever shows.
 */
@PostgresTest
class CliFailuresIT {

  private final TestDatabase db;
  @TempDir Path directory;
  private FixtureProject project;

  CliFailuresIT(TestDatabase db) {
    this.db = db;
  }

  /**
   * The role every run connects as: its password holds the characters that connection URLs must
   * percent-encode, and a server that checks passwords (as the embedded test server does) refuses
   * any run that loses or mangles it on the way.
   */
  private String role;

  private static final String PASSWORD = "p@ss w:rd/?#%";

  @BeforeEach
  void aRoleWithAPasswordToEncode() throws Exception {
    role = "cli_" + Integer.toHexString(db.databaseName().hashCode());
    dropRole();
    db.execute("CREATE ROLE " + role + " LOGIN SUPERUSER PASSWORD '" + PASSWORD + "'");
  }

  @AfterEach
  void dropRole() throws Exception {
    if (db.query("SELECT 1 FROM pg_roles WHERE rolname = ?", rows -> rows.next(), role)) {
      db.execute("DROP OWNED BY " + role);
      db.execute("DROP ROLE " + role);
    }
  }

  @BeforeEach
  void aProjectWithOneMigration() throws Exception {
    db.execute("DROP TABLE IF EXISTS vehicles, retort_history CASCADE");
    project = new FixtureProject(directory.resolve("app"));
    Files.createDirectories(project.root());
    project.entity("Vehicle", """
        @Entity
        @Table(name = "vehicles")
        public class Vehicle {
          @Id Long id;
          String vin;
        }""").compile();
    project.retort(Map.of(), "autogenerate", "-m", "create vehicles", "--timestamp", "2026-02-01T08:00").exits(0);
    project.compile();
  }

  private String hostAndDatabase() {
    return db.jdbcUrl().substring("jdbc:postgresql://".length());
  }

  private String user() {
    return role;
  }

  /** The password as a URL's user information or query parameter spells it. */
  private static String encoded() {
    return URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The test database as a JDBC URL that carries the role and its password. */
  private String jdbcUrlWithCredentials() {
    return db.jdbcUrl() + "?user=" + user() + "&password=" + encoded();
  }

  @Test
  void everyConnectionFormReachesTheDatabase() throws Exception {
    String host = hostAndDatabase().substring(0, hostAndDatabase().indexOf('/'));
    String hostName = host.substring(0, host.lastIndexOf(':'));
    String port = host.substring(host.lastIndexOf(':') + 1);
    String database = db.databaseName();
    Map<String, Map<String, String>> forms = new LinkedHashMap<>();
    String userInfo = user() + ":" + encoded() + "@";
    forms.put("RETORT_URL (JDBC)", Map.of("RETORT_URL", db.jdbcUrl(), "RETORT_USER", user(), "RETORT_PASSWORD", PASSWORD));
    forms.put("DATABASE_URL (JDBC)", Map.of("DATABASE_URL", jdbcUrlWithCredentials()));
    forms.put("DATABASE_URL (postgresql://)", Map.of("DATABASE_URL", "postgresql://" + userInfo + hostAndDatabase()));
    forms.put("DATABASE_URL (postgres://)", Map.of("DATABASE_URL", "postgres://" + userInfo + hostAndDatabase()));
    forms.put("DATABASE_URL (postgresql+asyncpg://)",
        Map.of("DATABASE_URL", "postgresql+asyncpg://" + userInfo + hostAndDatabase()));
    forms.put("POSTGRES_*", Map.of("POSTGRES_HOST", hostName, "POSTGRES_PORT", port, "POSTGRES_USER", user(),
        "POSTGRES_PASSWORD", PASSWORD, "POSTGRES_DB", database));
    for (Map.Entry<String, Map<String, String>> form : forms.entrySet()) {
      CliRun run = project.retort(form.getValue(), "upgrade");
      assertEquals(0, run.exitCode(), form.getKey() + "\n" + run.describe());
      run.neverShows(PASSWORD).neverShows(encoded());
      project.retort(form.getValue(), "downgrade", "base").exits(0);
    }
    project.retort(Map.of(), "current", "--url", db.jdbcUrl(), "--user", user(), "--password", PASSWORD)
        .exits(0).prints("base").neverShows(PASSWORD);
    project.retort(Map.of(), "current", "--url", "postgresql://nobody:wrong@" + hostAndDatabase(), "--user", user(),
        "--password", PASSWORD).exits(0).prints("base");

    Path dotEnv = project.root().resolve(".env");
    Files.writeString(dotEnv, "# as the guides' .env\nDATABASE_URL=postgresql+asyncpg://" + userInfo + hostAndDatabase() + "\n");
    project.retort(Map.of(), "upgrade").exits(0).prints("Applied 1 revision");
    Files.writeString(dotEnv, "POSTGRES_HOST=" + hostName + "\nPOSTGRES_PORT=1\nPOSTGRES_USER=" + user()
        + "\nPOSTGRES_PASSWORD=" + PASSWORD + "\nPOSTGRES_DB=" + database + "\n");
    project.retort(Map.of("POSTGRES_PORT", port), "current").exits(0).prints("20260201_0800 (head), create vehicles");
  }

  @Test
  void aWrongPasswordExitsThreeNamingHostAndUserButNeverThePassword() throws Exception {
    String password = "p@ss:w/rd%!";
    try (FakePasswordServer server = new FakePasswordServer()) {
      String url = "postgresql://fleet:" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "@127.0.0.1:"
          + server.port() + "/fleet";
      for (List<String> args : List.of(List.of("upgrade"), List.of("current", "--json"), List.of("check", "--debug"))) {
        CliRun run = project.retort(Map.of("DATABASE_URL", url), args.toArray(String[]::new)).exits(3)
            .complains("RTR-402", "127.0.0.1:" + server.port(), "as user fleet", "password authentication failed");
        run.neverShows(password).neverShows(URLEncoder.encode(password, StandardCharsets.UTF_8));
      }
      project.retort(Map.of("DATABASE_URL", "postgresql://fleet:un@encoded@127.0.0.1:" + server.port() + "/fleet"), "current")
          .exits(3).neverShows("un@encoded");
      project.retort(Map.of(), "current", "--url", "jdbc:postgresql://127.0.0.1:" + server.port() + "/fleet",
          "--user", "fleet", "--password", password).exits(3).neverShows(password);
      assertEquals(List.of(password, password, password, "un@encoded", password), server.passwords());
      assertEquals("fleet", server.users().get(0));
    }
  }

  @Test
  void anUnreachableHostExitsThreeAndAStackTraceShowsOnlyWithDebug() throws Exception {
    CliRun plain = project.retort(Map.of("DATABASE_URL", "postgresql://fleet:s3cret@127.0.0.1:1/fleet"), "upgrade")
        .exits(3).complains("RTR-402", "127.0.0.1:1", "as user fleet").neverShows("s3cret");
    assertFalse(plain.err().contains("\tat "), plain.describe());
    assertEquals(1, plain.err().strip().lines().count(), "one paragraph\n" + plain.describe());
    CliRun debug = project.retort(Map.of("DATABASE_URL", "postgresql://fleet:s3cret@127.0.0.1:1/fleet"), "upgrade", "--debug")
        .exits(3).neverShows("s3cret");
    assertTrue(debug.err().contains("\tat "), debug.describe());
  }

  @Test
  void aFailingMigrationExitsFourNamingTheRevisionAndTheStatement() throws Exception {
    Map<String, String> env = Map.of("DATABASE_URL", jdbcUrlWithCredentials());
    project.retort(Map.of(), "revision", "-m", "broken data fix", "--timestamp", "2026-02-02T08:00").exits(0);
    String file = FixtureProject.MIGRATIONS_DIR + "/V20260202_0800__broken_data_fix.java";
    String hint = project.read(file).lines().filter(l -> l.contains("//")).findFirst().orElseThrow().strip();
    project.edit(file, hint, "op.execute(\"INSERT INTO no_such_table VALUES (1)\");");
    project.compile();
    project.retort(env, "upgrade").exits(4)
        .complains("RTR-501", "20260202_0800_broken_data_fix", "INSERT INTO no_such_table", "no_such_table");
    project.retort(env, "current").exits(0).prints("20260201_0800, create vehicles");
  }

  @Test
  void aMigrationBlockedByALongTransactionExitsFourNamingTheTableAfterTheRetriesTheFlagsOrTheEnvironmentAllow()
      throws Exception {
    Map<String, String> env = Map.of("DATABASE_URL", jdbcUrlWithCredentials());
    project.retort(env, "upgrade").exits(0);
    project.entity("Vehicle", """
        @Entity
        @Table(name = "vehicles")
        public class Vehicle {
          @Id Long id;
          String vin;
          String colour;
        }""").compile();
    project.retort(Map.of(), "autogenerate", "-m", "add colour", "--timestamp", "2026-02-02T08:00").exits(0);
    project.compile();
    try (java.sql.Connection blocker = db.connect()) {
      blocker.setAutoCommit(false);
      try (java.sql.Statement read = blocker.createStatement()) {
        read.executeQuery("SELECT count(*) FROM vehicles").close();
      }
      project.retort(env, "upgrade", "--lock-wait-timeout", "200ms", "--lock-retries", "0").exits(4)
          .complains("RTR-504", "20260202_0800_add_colour", "within 200ms in 1 attempt(s) on vehicles", "held by session",
              "ALTER TABLE vehicles");
      Map<String, String> environment = new LinkedHashMap<>(env);
      environment.put("RETORT_LOCK_WAIT_TIMEOUT", "200ms");
      environment.put("RETORT_LOCK_RETRIES", "1");
      project.retort(environment, "upgrade").exits(4).complains("RTR-503", "retry 1 of 1", "RTR-504", "2 attempt(s)");
      project.retort(environment, "upgrade", "--lock-retries", "0", "--lock-wait-timeout", "300ms").exits(4)
          .complains("within 300ms in 1 attempt(s)");
      project.retort(env, "upgrade", "--lock-retries", "-1").exits(2).complains("--lock-retries must be 0 or more");
      project.retort(env, "upgrade", "--statement-timeout", "0s").exits(2).complains("must be positive");
      project.retort(Map.of("DATABASE_URL", jdbcUrlWithCredentials(), "RETORT_LOCK_WAIT_TIMEOUT", "soon"), "upgrade")
          .exits(2).complains("RTR-705", "RETORT_LOCK_WAIT_TIMEOUT", "soon");
      project.retort(env, "current").exits(0).prints("20260201_0800, create vehicles");
      blocker.commit();
    }
    project.retort(env, "upgrade", "--lock-wait-timeout", "2s", "--statement-timeout", "1m").exits(0)
        .prints("Applied 1 revision (20260202_0800)");
  }

  @Test
  void anEditedMigrationExitsFiveUntilItsNewChecksumIsAccepted() throws Exception {
    Map<String, String> env = Map.of("DATABASE_URL", jdbcUrlWithCredentials());
    project.retort(env, "upgrade").exits(0);
    project.edit(FixtureProject.MIGRATIONS_DIR + "/V20260201_0800__create_vehicles.java", "column(\"vin\"", "column(\"vin_number\"");
    project.compile();
    project.retort(env, "upgrade").exits(5).complains("RTR-301", "20260201_0800_create_vehicles", "--accept-checksum");
    project.retort(env, "check").exits(1).prints("RTR-301", "20260201_0800_create_vehicles", "edited after it ran", "--accept-checksum");
    project.retort(env, "upgrade", "--accept-checksum", "20260201_0800_create_vehicles").exits(0);
    project.retort(env, "upgrade").exits(0).prints("Nothing to do");
  }

  @Test
  void usageErrorsExitTwoWithTheFix() throws Exception {
    Map<String, String> env = Map.of("DATABASE_URL", jdbcUrlWithCredentials());
    project.retort(Map.of(), "current").exits(2).complains("RTR-1104", "DATABASE_URL");
    project.retort(env, "downgrade").exits(2).complains("Missing required parameter");
    project.retort(env, "upgrade", "no_such_revision").exits(2).complains("RTR-206", "20260201_0800_create_vehicles");
    project.retort(env, "upgrade", "--lock-timeout", "soon").exits(2).complains("not a duration");
    project.retort(Map.of(), "sql", "a:b:c").exits(2).complains("RTR-1112");
    project.retort(Map.of(), "frobnicate").exits(2).complains("Unmatched argument");
    project.retort(Map.of("DATABASE_URL", "mysql://root:hunter2@db/app"), "current").exits(2)
        .complains("RTR-703").neverShows("hunter2");
    project.retort(Map.of(), "history", "--classpath", "build/classes").exits(2).complains("RTR-1101", "build/classes");
    project.retort(Map.of(), "revision").exits(2).complains("RTR-1116");
    project.retort(Map.of(), "merge").exits(2).complains("RTR-1107");
  }

  @Test
  void jsonOutputIsJsonForMachines() throws Exception {
    Map<String, String> env = Map.of("DATABASE_URL", jdbcUrlWithCredentials());
    JsonObject upgrade = project.retort(env, "upgrade", "--json").exits(0).json().getAsJsonObject();
    assertEquals("upgrade", upgrade.get("direction").getAsString());
    assertEquals("20260201_0800_create_vehicles", upgrade.getAsJsonArray("steps").get(0).getAsJsonObject().get("revision").getAsString());
    JsonObject history = project.retort(env, "history", "--json").exits(0).json().getAsJsonObject();
    assertEquals("applied", history.getAsJsonArray("revisions").get(0).getAsJsonObject().get("state").getAsString());
    assertTrue(project.retort(env, "heads", "--json").exits(0).json().getAsJsonObject().has("heads"));
    assertTrue(project.retort(env, "check", "--json").exits(0).json().getAsJsonObject().get("ok").getAsBoolean());
    assertTrue(project.retort(env, "diff", "--json").exits(0).json().getAsJsonObject().getAsJsonArray("operations").isEmpty());
    assertTrue(project.retort(Map.of(), "sql", "head", "--json").exits(0).json().getAsJsonObject().get("sql").getAsString()
        .contains("CREATE TABLE vehicles"));
  }

  @Test
  void theLauncherScriptRunsTheJar() throws Exception {
    CliRun.launcher(project.root(), Map.of(), "--version").exits(0).prints("retort 0.1.0");
    CliRun.launcher(project.root(), Map.of(), "heads").exits(0).prints("20260201_0800 (head), create vehicles");
  }

  @Test
  void projectAndHistoryOptionsPointWhereTheyAreTold() throws Exception {
    Map<String, String> env = Map.of("DATABASE_URL", jdbcUrlWithCredentials());
    project.retort(Map.of(), "autogenerate", "-m", "elsewhere", "--source-root", "alt/java", "--package", "org.example.db",
        "--timestamp", "2026-02-03T08:00").exits(0);
    assertTrue(Files.exists(project.root().resolve("alt/java/org/example/db/V20260203_0800__elsewhere.java")));
    assertTrue(Files.readString(project.root().resolve("alt/java/org/example/db/retort.snapshot"))
        .contains("20260203_0800_elsewhere"));
    assertEquals(List.of("V20260201_0800__create_vehicles.java"), project.migrationFiles());

    project.retort(env, "upgrade", "--history-table", "fleet_history", "--history-schema", "public", "--lock-timeout", "30s")
        .exits(0).prints("Applied 1 revision");
    project.retort(env, "current", "--history-table", "fleet_history", "--history-schema", "public").exits(0)
        .prints("20260201_0800 (head), create vehicles");
    project.retort(env, "current").exits(0).prints("base");
    assertEquals(Boolean.TRUE, db.query("SELECT to_regclass('public.fleet_history') IS NOT NULL", rows -> {
      rows.next();
      return rows.getBoolean(1);
    }));
    assertFalse(project.retort(env, "history", "--no-color").out().contains("\u001b["));
  }

  @Test
  void aHandWrittenRevisionAfterTheSnapshotsHeadIsFollowedButASnapshotFromElsewhereIsRefused() throws Exception {
    project.retort(Map.of(), "revision", "-m", "data fix", "--timestamp", "2026-02-04T08:00").exits(0);
    String snapshotFile = FixtureProject.MIGRATIONS_DIR + "/retort.snapshot";
    // As if the revision had been written by hand, without moving the snapshot's head line.
    project.edit(snapshotFile, "20260204_0800_data_fix", "20260201_0800_create_vehicles");
    project.compile();
    project.retort(Map.of(), "check").exits(0);
    project.entity("Vehicle", """
        @Entity
        @Table(name = "vehicles")
        public class Vehicle {
          @Id Long id;
          String vin;
          String color;
        }""").compile();
    project.retort(Map.of(), "autogenerate", "-m", "add color", "--timestamp", "2026-02-05T08:00").exits(0);
    String addColor = project.read(FixtureProject.MIGRATIONS_DIR + "/V20260205_0800__add_color.java");
    assertTrue(addColor.replaceAll("\\s+", "").contains("Revision.of(\"20260205_0800_add_color\",\"20260204_0800_data_fix\""),
        addColor);

    project.compile();
    project.edit(snapshotFile, "20260205_0800_add_color", "20250101_0000_other_branch");
    project.retort(Map.of(), "check").exits(1).prints("RTR-1017", "20250101_0000_other_branch", "20260205_0800_add_color");
    project.retort(Map.of(), "autogenerate", "-m", "more").exits(5).complains("RTR-1017");
  }
}
