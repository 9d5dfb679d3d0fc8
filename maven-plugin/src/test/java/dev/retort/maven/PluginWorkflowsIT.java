package dev.retort.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin in the workflows a team meets beyond one developer's build, in real Maven builds
 * against a real PostgreSQL: two git branches' heads joined by the merge goal, a settings.xml
 * password encrypted with a settings-security.xml master password, and the fleet sample's own
 * migration history, merge revision included.
 */
@PostgresTest
class PluginWorkflowsIT {

  private static final String SERVER = "fleet-db";
  private static final String PLUGIN = "dev.retort:retort-maven-plugin:" + PluginProject.VERSION + ":";

  private final TestDatabase db;

  PluginWorkflowsIT(TestDatabase db) {
    this.db = db;
  }

  @BeforeAll
  static void installThisBuildsArtifacts() throws Exception {
    PluginProject.installThisBuildsArtifacts();
  }

  private String password() {
    // A server that trusts every login ignores the password; one that checks them needs the real one.
    return db.password().isEmpty() ? "not-checked-by-this-server" : db.password();
  }

  /** A project whose POM names the database and the settings.xml server, with check bound to verify. */
  private PluginProject project(Path directory, TestDatabase database) throws Exception {
    PluginProject project = new PluginProject(directory);
    project.writeCheckedPom(SERVER, database.jdbcUrl());
    project.writeDriver("");
    return project;
  }

  @Test
  void theMergeGoalJoinsTheHeadsOfTwoGitBranchesAndTheMergedHistoryUpgrades(@TempDir Path directory) throws Exception {
    TestDatabase database = db.createSibling();
    PluginProject project = project(directory, database);
    project.writeSettings(SERVER, database.user(), password());
    project.write(".gitignore", "target/\nsettings.xml\n");
    project.mvn("compile").ends(0);
    project.git(0, "init", "-q");
    project.git(0, "add", "-A");
    project.git(0, "commit", "-qm", "drivers");

    project.git(0, "checkout", "-qb", "phone");
    project.writeDriver("  private String phone;\n");
    project.mvn("compile", "-Dretort.timestamp=2026-12-01T10:00").ends(0);
    project.git(0, "add", "-A");
    project.git(0, "commit", "-qm", "phone");

    project.git(0, "checkout", "-q", "main");
    project.writeDriver("  private String licence;\n");
    project.mvn("compile", "-Dretort.timestamp=2026-12-01T11:00").ends(0);
    project.git(0, "add", "-A");
    project.git(0, "commit", "-qm", "licence");

    // Both branches changed the entity and the snapshot after the same head: git leaves both in conflict.
    project.git(1, "merge", "-q", "phone");
    project.writeDriver("  private String phone;\n  private String licence;\n");
    project.git(0, "add", "src/main/java/com/acme/fleet/Driver.java");
    assertTrue(Files.readString(directory.resolve("src/main/java/com/acme/fleet/migrations/retort.snapshot"))
        .contains("<<<<<<<"));

    project.mvn("compile", "-Dretort.mode=manual", "retort:heads")
        .ends(0, "20261201_1000 (head), add phone to drivers", "20261201_1100 (head), add licence to drivers",
            "2 heads: join them with retort merge");
    project.mvn("compile", "-Dretort.mode=manual", "retort:merge", "-Dretort.timestamp=2026-12-01T12:00")
        .ends(0, "20261201_1200_merge_heads").neverShows(password());
    String snapshot = Files.readString(directory.resolve("src/main/java/com/acme/fleet/migrations/retort.snapshot"));
    assertFalse(snapshot.contains("<<<<<<<"), snapshot);
    assertEquals(List.of("V20261201_0900__create_drivers.java", "V20261201_1000__add_phone_to_drivers.java",
        "V20261201_1100__add_licence_to_drivers.java", "V20261201_1200__merge_heads.java"), project.migrations());

    // The merged project builds in the default generate mode without a new migration, and upgrades in one go.
    project.mvn("compile", "retort:heads").ends(0, "20261201_1200 (head), merge heads");
    assertEquals(4, project.migrations().size(), "the merged snapshot matches the entities: nothing to generate");
    project.mvn("retort:upgrade").ends(0, "Applied 4 revisions", "the database is at 20261201_1200.")
        .neverShows(password());
    project.mvn("verify").ends(0, "is at the head with no drift");
    assertEquals(List.of("id", "licence", "name", "phone"), columns(database, "drivers"));
  }

  @Test
  void aSettingsXmlPasswordEncryptedWithAMasterPasswordConnects(@TempDir Path directory) throws Exception {
    TestDatabase database = db.createSibling();
    PluginProject project = project(directory, database);
    String master = encrypted(project.mvn("--encrypt-master-password", "fleet-master-secret").ends(0));
    Path security = project.write("settings-security.xml",
        "<settingsSecurity>\n  <master>" + master + "</master>\n</settingsSecurity>\n");
    String securityProperty = "-Dsettings.security=" + security;
    String encryptedPassword = encrypted(project.mvn(securityProperty, "--encrypt-password", password()).ends(0));
    project.writeSettings(SERVER, database.user(), encryptedPassword);
    assertFalse(Files.readString(directory.resolve("settings.xml")).contains(password()));

    project.mvn(securityProperty, "compile", "retort:upgrade", "retort:current")
        .ends(0, "Applied 1 revision (20261201_0900)", "20261201_0900 (head), create drivers")
        .neverShows(password()).neverShows("fleet-master-secret");
    assertEquals(List.of("id", "name"), columns(database, "drivers"));

    // Without the master password the encrypted one cannot be read, and the goal says which server and how to fix it.
    Files.delete(security);
    project.mvn(securityProperty, "retort:current").ends(1, "RTR-1302", SERVER, "mvn --encrypt-password")
        .neverShows(password());
  }

  /** The {...} value that mvn --encrypt-master-password or --encrypt-password printed. */
  private static String encrypted(PluginProject.Build build) {
    // The value is the one {base64} on the output, whatever colour codes surround it.
    java.util.regex.Matcher value = java.util.regex.Pattern.compile("\\{[A-Za-z0-9+/=]{16,}}").matcher(build.output());
    if (!value.find()) {
      throw new AssertionError("no encrypted value in:\n" + build.output());
    }
    return value.group();
  }

  @Test
  void theGoalsReadAndApplyTheFleetSamplesMigrationHistory(@TempDir Path directory) throws Exception {
    TestDatabase database = db.createSibling();
    Path sample = Path.of("").toAbsolutePath().getParent().resolve("samples/fleet");
    copy(sample.resolve("pom.xml"), directory.resolve("pom.xml"));
    copyTree(sample.resolve("src/main"), directory.resolve("src/main"));
    PluginProject project = new PluginProject(directory);
    project.writeSettings(SERVER, database.user(), password());
    String connection = "-Dretort.url=" + database.jdbcUrl();
    String server = "-Dretort.serverId=" + SERVER;
    String head = "20261121_1630_merge_heads";
    String shown = "20261121_1630"; // the short form the goals print: the head's own creation minute

    project.mvn("compile", PLUGIN + "heads", PLUGIN + "history", "-Dretort.range=20261121_1500:")
        .ends(0, shown + " (head)", "(mergepoint)", "-> 20261121_1500, rename phone number to mobile phone in drivers");
    project.mvn(PLUGIN + "upgrade", connection, server)
        .ends(0, "Applied 12 revisions", "the database is at " + shown + ".").neverShows(password());
    project.mvn(PLUGIN + "current", PLUGIN + "check", connection, server)
        .ends(0, shown + " (head), merge heads", "is at the head with no drift").neverShows(password());
    project.mvn(PLUGIN + "downgrade", "-Dretort.target=20261121_1500", connection, server)
        .ends(0, "Downgraded 3 revisions", "the database is at 20261121_1500");
    project.mvn(PLUGIN + "check", connection, server).ends(1, "RTR-1123", "has not applied 3 revision(s)");
    project.mvn(PLUGIN + "upgrade", connection, server).ends(0, "Applied 3 revisions", "the database is at " + shown + ".");
    project.mvn(PLUGIN + "show", "-Dretort.target=" + head).ends(0, "Revision: " + shown, "Id:       " + head, "Parents:");
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        copy(file, to.resolve(from.relativize(file).toString()));
      }
    }
  }

  private static List<String> columns(TestDatabase database, String table) throws Exception {
    return database.query("SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY column_name",
        rows -> {
          List<String> names = new java.util.ArrayList<>();
          while (rows.next()) {
            names.add(rows.getString(1));
          }
          return names;
        }, table);
  }
}
