package dev.retort.maven;

import dev.retort.runtime.ConnectionSettings;
import dev.retort.runtime.tooling.Redaction;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Which database a goal uses. The URL is the plugin's {@code url} (or {@code -Dretort.url}), else
 * what the CLI would read from the environment or the project's {@code .env}; the credentials are
 * the plugin's {@code user}/{@code password}, else the {@code <server>} that {@code serverId}
 * names in settings.xml (its password decrypted), else the URL's own.
 */
record Database(String url, String user, String password, String serverId, Path projectDirectory) {

  /** A user and password from settings.xml. */
  record Credentials(String user, String password) {}

  /** The connection, or empty when none is configured anywhere (a goal that needs one then fails as the CLI does). */
  Optional<ConnectionSettings> resolve(Settings settings, SettingsDecrypter decrypter, Map<String, String> environment)
      throws MojoExecutionException {
    Optional<ConnectionSettings> base = blank(url)
        ? ConnectionSettings.fromEnvironment(environment, projectDirectory)
        : Optional.of(ConnectionSettings.parse(url));
    if (base.isEmpty()) {
      return base;
    }
    Optional<Credentials> server = blank(serverId) ? Optional.empty() : Optional.of(server(settings, decrypter));
    String chosenUser = firstNonBlank(user, server.map(Credentials::user).orElse(null), base.get().user());
    String chosenPassword = !blank(password) ? password : server.map(Credentials::password).orElse(base.get().password());
    return Optional.of(base.get().withCredentials(chosenUser, chosenPassword));
  }

  private Credentials server(Settings settings, SettingsDecrypter decrypter) throws MojoExecutionException {
    Server server = settings == null ? null : settings.getServer(serverId);
    if (server == null) {
      throw new MojoExecutionException(PluginMessage.MAVEN_SERVER_NOT_FOUND.format(serverId, serverId));
    }
    SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    List<SettingsProblem> problems = result.getProblems();
    if (!problems.isEmpty()) {
      throw new MojoExecutionException(PluginMessage.MAVEN_SERVER_NOT_DECRYPTED.format(serverId, problems.get(0).getMessage()));
    }
    Server decrypted = result.getServer();
    return new Credentials(decrypted.getUsername(), decrypted.getPassword());
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (!blank(value)) {
        return value;
      }
    }
    return null;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  @Override
  public String toString() {
    // Never the password, whichever way this record is printed.
    return "Database[url=" + Redaction.ofUrl(url) + ", user=" + user + ", serverId=" + serverId
        + "]";
  }
}
