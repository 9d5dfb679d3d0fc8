package dev.retort.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every goal of the plugin in real Maven builds of a small project against a real PostgreSQL: the
 * database URL in the POM, its user and password only in a settings.xml given with -s, and the
 * goals printing and failing with the CLI's own messages and exit categories.
 */
@PostgresTest
class PluginGoalsIT {

  private static final String SERVER = "fleet-db";

  private final TestDatabase db;
  @TempDir Path directory;
  private PluginProject project;
  private String password;

  PluginGoalsIT(TestDatabase db) {
    this.db = db;
  }

  @BeforeAll
  static void installThisBuildsArtifacts() throws Exception {
    PluginProject.installThisBuildsArtifacts();
  }

  @BeforeEach
  void aProjectWhosePomNamesTheDatabaseButNotItsCredentials() throws Exception {
    db.execute("DROP TABLE IF EXISTS drivers, retort_history CASCADE");
    project = new PluginProject(directory);
    // A server that trusts every login ignores the password; one that checks them needs the real one.
    password = db.password().isEmpty() ? "not-checked-by-this-server" : db.password();
    project.writeSettings(SERVER, db.user(), password);
    project.writeCheckedPom(SERVER, db.jdbcUrl());
    project.writeDriver("");
  }

  @Test
  void everyGoalRunsTheCliWorkflowAgainstTheDatabaseWithTheCredentialsOfSettingsXml() throws Exception {
    project.mvn("compile", "retort:heads", "retort:history", "retort:show")
        .ends(0, "20261201_0900 (head), create drivers", "[pending]", "CREATE TABLE drivers").neverShows(password);
    project.mvn("retort:sql", "-Dretort.outputFile=target/upgrade.sql").ends(0, "Wrote");
    assertTrue(Files.readString(directory.resolve("target/upgrade.sql")).contains("CREATE TABLE drivers"));

    project.mvn("retort:upgrade", "retort:current")
        .ends(0, "Applied 1 revision (20261201_0900)", "20261201_0900 (head), create drivers")
        .neverShows(password);
    assertEquals(1, tables("drivers"));
    project.mvn("verify").ends(0, "the database at " + db.jdbcUrl() + " is at the head with no drift.");

    project.writeDriver("  private String phone;\n");
    project.mvn("compile", "-Dretort.mode=manual", "retort:autogenerate", "-Dretort.message=add driver phone",
        "-Dretort.timestamp=2026-12-01T10:00").ends(0, "Generated", "(revision 20261201_1000_add_driver_phone)");
    project.mvn("compile", "-Dretort.mode=manual", "retort:revision", "-Dretort.message=backfill phones",
        "-Dretort.timestamp=2026-12-01T11:00").ends(0, "(revision 20261201_1100_backfill_phones)");
    assertEquals(List.of("V20261201_0900__create_drivers.java", "V20261201_1000__add_driver_phone.java",
        "V20261201_1100__backfill_phones.java"), project.migrations());

    project.mvn("compile", "-Dretort.mode=manual", "retort:upgrade").ends(0, "Applied 2 revisions");
    project.mvn("retort:downgrade", "-Dretort.target=20261201_0900")
        .ends(0, "Downgraded 2 revisions", "the database is at 20261201_0900.");
    project.mvn("retort:stamp", "-Dretort.target=head").ends(0, "Stamped 2 revisions");

    // Stamped at the head without running it: the phone column is missing, which diff and check report.
    project.mvn("retort:diff").ends(1, "BUILD FAILURE", "needs to:", "phone", "MojoFailureException");
    project.mvn("verify").ends(1, "BUILD FAILURE", "RTR-", "phone", "MojoFailureException").neverShows(password);

    // A usage error is an execution error, with the CLI's message and its fix.
    project.mvn("retort:merge").ends(1, "RTR-1107", "one head (20261201_1100_backfill_phones)", "MojoExecutionException");
  }

  @Test
  void checkBoundToVerifyFailsTheBuildWhenAnEntityChangedWithoutItsMigration() throws Exception {
    project.mvn("compile").ends(0);
    project.writeDriver("  private String licence;\n");
    project.mvn("verify", "-Dretort.mode=manual")
        .ends(1, "BUILD FAILURE", "RTR-1120", "licence", "retort-maven-plugin:" + PluginProject.VERSION + ":check", "MojoFailureException");
  }

  @Test
  void aGoalRunBeforeCompileSaysToCompileFirst() throws Exception {
    project.mvn("retort:heads").ends(1, "RTR-1101", "Build it first (mvn compile)", "MojoExecutionException");
  }

  @Test
  void aServerIdThatSettingsXmlDoesNotHoldStopsTheGoalNamingTheIdAndTheFix() throws Exception {
    project.mvn("compile", "retort:current", "-Dretort.serverId=elsewhere")
        .ends(1, "RTR-1301", "elsewhere", "<server><id>elsewhere</id>", "MojoExecutionException");
  }

  @Test
  void userAndPasswordGivenAsUserPropertiesConnectWithoutAServerAndAreNeverPrinted() throws Exception {
    project.mvn("compile", "retort:upgrade", "-Dretort.serverId=", "-Dretort.user=" + db.user(),
        "-Dretort.password=" + password).ends(0, "Applied 1 revision").neverShows(password);
  }

  @Test
  void lockAndConnectionSettingsGivenAsPropertiesReachTheCliAndAreCheckedByIt() throws Exception {
    project.mvn("compile", "retort:upgrade", "-Dretort.lockRetries=-1")
        .ends(1, "--lock-retries must be 0 or more", "MojoExecutionException");
    project.mvn("retort:upgrade", "-Dretort.connectRetries=-1")
        .ends(1, "--connect-retries must be 0 or more", "MojoExecutionException");
    project.mvn("retort:upgrade", "-Dretort.lockWaitTimeout=2s", "-Dretort.lockRetries=1", "-Dretort.statementTimeout=1m",
        "-Dretort.connectRetries=2", "-Dretort.connectRetryInterval=1s").ends(0, "Applied 1 revision").neverShows(password);
  }

  private int tables(String name) throws Exception {
    return db.query("SELECT count(*) FROM pg_tables WHERE tablename = ?", rows -> {
      rows.next();
      return rows.getInt(1);
    }, name);
  }
}
