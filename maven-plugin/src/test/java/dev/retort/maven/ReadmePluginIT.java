package dev.retort.maven;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's plugin snippet, pasted as it is into a project, with the URL in {@code .env} and the
 * credentials in settings.xml as it says: {@code mvn verify} fails while the database has not
 * applied the migrations, and passes once {@code retort:upgrade} has.
 */
@PostgresTest
class ReadmePluginIT {

  private static final Path README = Path.of("").toAbsolutePath().getParent().resolve("README.md");
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- plugin-snippet: built by ReadmePluginIT -->\\n```xml\\n(.*?)```", Pattern.DOTALL);

  private final TestDatabase db;

  ReadmePluginIT(TestDatabase db) {
    this.db = db;
  }

  @BeforeAll
  static void installThisBuildsArtifacts() throws Exception {
    PluginProject.installThisBuildsArtifacts();
  }

  @Test
  void theReadmesPluginSnippetChecksTheDatabaseInVerifyWithTheUrlFromDotEnvAndTheCredentialsFromSettingsXml(
      @TempDir Path directory) throws Exception {
    db.execute("DROP TABLE IF EXISTS drivers, retort_history CASCADE");
    Matcher snippet = SNIPPET.matcher(Files.readString(README, StandardCharsets.UTF_8));
    assertTrue(snippet.find(), "README.md has no plugin snippet");
    PluginProject project = new PluginProject(directory);
    project.writePom("", snippet.group(1));
    project.writeDriver("");
    project.write(".env", "RETORT_URL=" + db.jdbcUrl() + "\n");
    String password = db.password().isEmpty() ? "not-checked-by-this-server" : db.password();
    project.writeSettings("fleet-db", db.user(), password);

    project.mvn("verify").ends(1, "BUILD FAILURE", "RTR-1123", "20261201_0900_create_drivers").neverShows(password);
    project.mvn("retort:upgrade").ends(0, "Applied 1 revision").neverShows(password);
    project.mvn("verify").ends(0, "BUILD SUCCESS", "is at the head with no drift");
  }
}
