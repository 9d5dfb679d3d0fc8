package dev.retort.testing;

import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a Testcontainers PostgreSQL container through reflection, so that Testcontainers stays
 * out of this module's dependencies and only projects that choose it bring it (and Docker) in.
 */
final class TestcontainersServer {

  /** The same major version as CI's server. */
  static final String IMAGE = "postgres:15-alpine";

  // 2.x moved the class; 1.x (and 2.x, deprecated) keep the old name.
  private static final String[] CONTAINER_CLASSES = {
    "org.testcontainers.postgresql.PostgreSQLContainer",
    "org.testcontainers.containers.PostgreSQLContainer"
  };

  static final String FIX =
      "Testcontainers needs the test dependency org.testcontainers:postgresql (Testcontainers 1.x)"
          + " or org.testcontainers:testcontainers-postgresql (2.x) and a running Docker engine;"
          + " without them, unset "
          + PostgresServers.SOURCE
          + " to use the embedded PostgreSQL, or set "
          + PostgresServers.JDBC_URL
          + " to a running server.";

  private static final Logger LOG = LoggerFactory.getLogger(TestcontainersServer.class);

  private TestcontainersServer() {}

  static PostgresServer start() {
    Class<?> type = containerClass();
    Object container;
    String url;
    String user;
    String password;
    try {
      container = type.getConstructor(String.class).newInstance(IMAGE);
      type.getMethod("start").invoke(container);
      url = (String) type.getMethod("getJdbcUrl").invoke(container);
      user = (String) type.getMethod("getUsername").invoke(container);
      password = (String) type.getMethod("getPassword").invoke(container);
    } catch (InvocationTargetException e) {
      throw failure(e.getCause());
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      throw failure(e);
    }
    Object started = container;
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(type, started), "retort-testcontainers-stop"));
    return new PostgresServer(
        PostgresServers.SOURCE + "=testcontainers (" + IMAGE + ")", url, user, password);
  }

  private static Class<?> containerClass() {
    for (String name : CONTAINER_CLASSES) {
      try {
        return Class.forName(name, true, TestcontainersServer.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        // Try the next name; the message below covers both missing.
      }
    }
    throw new ExtensionConfigurationException(
        PostgresServers.SOURCE
            + "=testcontainers, but Testcontainers' PostgreSQL module is not on the test"
            + " classpath (no "
            + String.join(" or ", CONTAINER_CLASSES)
            + "). "
            + FIX);
  }

  private static ExtensionConfigurationException failure(Throwable cause) {
    return new ExtensionConfigurationException(
        PostgresServers.SOURCE
            + "=testcontainers, but Testcontainers could not start a PostgreSQL container ("
            + IMAGE
            + "): "
            + cause
            + ". "
            + FIX,
        cause);
  }

  private static void stop(Class<?> type, Object container) {
    try {
      type.getMethod("stop").invoke(container);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Testcontainers' reaper removes the container anyway; this only hastens it.
      LOG.warn("Could not stop the Testcontainers PostgreSQL container", e);
    }
  }
}
