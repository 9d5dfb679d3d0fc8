package dev.retort.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.runtime.ConnectionSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

class DatabaseTest {

  @TempDir Path project;

  private final DefaultSettingsDecrypter decrypter = new DefaultSettingsDecrypter(
      new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(), "/nonexistent/settings-security.xml"));

  private static Settings settingsWith(String id, String username, String password) {
    Server server = new Server();
    server.setId(id);
    server.setUsername(username);
    server.setPassword(password);
    Settings settings = new Settings();
    settings.addServer(server);
    return settings;
  }

  @Test
  void theServersCredentialsGoWithTheConfiguredUrl() throws Exception {
    ConnectionSettings settings = new Database("jdbc:postgresql://db:5432/fleet", null, null, "fleet-db", project)
        .resolve(settingsWith("fleet-db", "fleet", "s3cret"), decrypter, Map.of()).orElseThrow();
    assertEquals(new ConnectionSettings("jdbc:postgresql://db:5432/fleet", "fleet", "s3cret"), settings);
  }

  @Test
  void userAndPasswordOfThePluginWinOverTheServersAndTheServersOverTheUrls() throws Exception {
    Settings servers = settingsWith("fleet-db", "fleet", "s3cret");
    String url = "postgresql://urluser:urlpass@db:5432/fleet";
    ConnectionSettings mine = new Database(url, "me", "mine", "fleet-db", project).resolve(servers, decrypter, Map.of())
        .orElseThrow();
    assertEquals("me", mine.user());
    assertEquals("mine", mine.password());
    ConnectionSettings server = new Database(url, null, null, "fleet-db", project).resolve(servers, decrypter, Map.of())
        .orElseThrow();
    assertEquals("fleet", server.user());
    assertEquals("s3cret", server.password());
    ConnectionSettings own = new Database(url, null, null, null, project).resolve(servers, decrypter, Map.of())
        .orElseThrow();
    assertEquals("urluser", own.user());
    assertEquals("urlpass", own.password());
  }

  @Test
  void withoutAConfiguredUrlTheEnvironmentAndTheProjectsDotEnvNameTheDatabase() throws Exception {
    Files.writeString(project.resolve(".env"), "DATABASE_URL=postgresql://app@envdb:5432/fleet\n");
    ConnectionSettings fromDotEnv = new Database(null, null, null, "fleet-db", project)
        .resolve(settingsWith("fleet-db", "fleet", "s3cret"), decrypter, Map.of()).orElseThrow();
    assertTrue(fromDotEnv.jdbcUrl().contains("envdb:5432/fleet"), fromDotEnv.jdbcUrl());
    assertEquals("fleet", fromDotEnv.user());
    ConnectionSettings fromEnvironment = new Database(null, null, null, null, project)
        .resolve(null, decrypter, Map.of("RETORT_URL", "jdbc:postgresql://other/x", "RETORT_USER", "u")).orElseThrow();
    assertEquals(new ConnectionSettings("jdbc:postgresql://other/x", "u", null), fromEnvironment);
  }

  @Test
  void nothingConfiguredAnywhereIsNoDatabase() throws Exception {
    assertFalse(new Database(null, null, null, null, project).resolve(new Settings(), decrypter, Map.of()).isPresent());
  }

  @Test
  void aServerIdThatSettingsLacksNamesTheIdAndHowToAddIt() {
    MojoExecutionException failure = assertThrows(MojoExecutionException.class,
        () -> new Database("jdbc:postgresql://db/fleet", null, null, "prod-db", project)
            .resolve(new Settings(), decrypter, Map.of()));
    assertTrue(failure.getMessage().startsWith("RTR-1301 "), failure.getMessage());
    assertTrue(failure.getMessage().contains("<server><id>prod-db</id>"), failure.getMessage());
  }

  @Test
  void anEncryptedPasswordThatCannotBeDecryptedNamesTheServerAndNeverThePassword() {
    Settings servers = settingsWith("fleet-db", "fleet", "{COQLCE6DU6GtcS5P=}");
    MojoExecutionException failure = assertThrows(MojoExecutionException.class,
        () -> new Database("jdbc:postgresql://db/fleet", null, null, "fleet-db", project).resolve(servers, decrypter,
            Map.of()));
    assertTrue(failure.getMessage().startsWith("RTR-1302 "), failure.getMessage());
    assertTrue(failure.getMessage().contains("fleet-db"), failure.getMessage());
    assertFalse(failure.getMessage().contains("COQLCE6DU6GtcS5P"), failure.getMessage());
  }
}
