package dev.retort.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.PostgresServers.Source;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The choice of server, driven by an environment given as a map instead of the real one. */
class ServerSelectionTest {

  @Test
  void theEmbeddedServerIsTheDefault() {
    assertEquals(Source.EMBEDDED, PostgresServers.select(Map.of()));
    assertEquals(Source.EMBEDDED, PostgresServers.select(Map.of("RETORT_TEST_JDBC_URL", " ")));
  }

  @Test
  void aJdbcUrlSelectsThatServer() {
    assertEquals(
        Source.EXTERNAL,
        PostgresServers.select(
            Map.of("RETORT_TEST_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/test")));
  }

  @Test
  void anExplicitChoiceWinsOverAJdbcUrl() {
    Map<String, String> environment =
        Map.of(
            "RETORT_TEST_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/test",
            "RETORT_TEST_DB", "Testcontainers");
    assertEquals(Source.TESTCONTAINERS, PostgresServers.select(environment));
  }

  @Test
  void anUnreachableJdbcUrlFailsNamingTheUrlAndTheFix() {
    String url = "jdbc:postgresql://127.0.0.1:1/test";

    ExtensionConfigurationException failure =
        assertThrows(
            ExtensionConfigurationException.class,
            () -> PostgresServers.open(Map.of("RETORT_TEST_JDBC_URL", url)));

    String message = failure.getMessage();
    assertTrue(message.contains("RETORT_TEST_JDBC_URL=" + url + " (user postgres)"), message);
    assertTrue(message.contains("refused"), message);
    assertTrue(message.contains("unset RETORT_TEST_JDBC_URL"), message);
    assertTrue(message.contains("RETORT_TEST_USER and RETORT_TEST_PASSWORD"), message);
  }

  @Test
  void passwordsStayOutOfErrorMessages() {
    String url = "jdbc:postgresql://127.0.0.1:1/test?user=alice&password=hunter2";

    String message =
        assertThrows(
                ExtensionConfigurationException.class,
                () ->
                    PostgresServers.open(
                        Map.of("RETORT_TEST_JDBC_URL", url, "RETORT_TEST_PASSWORD", "swordfish")))
            .getMessage();

    assertFalse(message.contains("hunter2"), message);
    assertFalse(message.contains("swordfish"), message);
    assertTrue(message.contains("(user alice)"), message);
  }

  @Test
  void somethingOtherThanAPostgresUrlIsRejectedWithAnExample() {
    String message =
        assertThrows(
                ExtensionConfigurationException.class,
                () ->
                    PostgresServers.open(
                        Map.of("RETORT_TEST_JDBC_URL", "jdbc:mysql://127.0.0.1:3306/test")))
            .getMessage();

    assertTrue(message.contains("not a PostgreSQL JDBC URL"), message);
    assertTrue(message.contains("jdbc:postgresql://127.0.0.1:5432/test"), message);
  }

  @Test
  void choosingExternalWithoutAUrlSaysToSetIt() {
    String message =
        assertThrows(
                ExtensionConfigurationException.class,
                () -> PostgresServers.open(Map.of("RETORT_TEST_DB", "external")))
            .getMessage();

    assertTrue(message.contains("RETORT_TEST_JDBC_URL is not set"), message);
  }

  @Test
  void anUnknownChoiceListsTheKnownOnes() {
    String message =
        assertThrows(
                ExtensionConfigurationException.class,
                () -> PostgresServers.open(Map.of("RETORT_TEST_DB", "docker")))
            .getMessage();

    assertTrue(message.contains("RETORT_TEST_DB=docker"), message);
    assertTrue(message.contains("external"), message);
    assertTrue(message.contains("embedded"), message);
    assertTrue(message.contains("testcontainers"), message);
  }

  @Test
  void testcontainersWithoutItsModuleSaysWhichDependencyToAddAndThatDockerIsNeeded() {
    String message =
        assertThrows(
                ExtensionConfigurationException.class,
                () -> PostgresServers.open(Map.of("RETORT_TEST_DB", "testcontainers")))
            .getMessage();

    assertTrue(message.contains("org.testcontainers:postgresql"), message);
    assertTrue(message.contains("Docker engine"), message);
  }
}
