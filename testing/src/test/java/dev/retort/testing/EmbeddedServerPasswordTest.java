package dev.retort.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The embedded server, the default when nothing is configured, asks for a password as users'
 * servers do, so that a test that forgets to pass one fails here instead of only in production.
 */
class EmbeddedServerPasswordTest {

  @Test
  void theEmbeddedServerRefusesAConnectionWithoutThePasswordAndAcceptsTheConfiguredOne()
      throws SQLException {
    PostgresServer server = PostgresServers.open(Map.of("RETORT_TEST_DB", "embedded"));
    String url = server.urlFor("postgres");
    assertFalse(server.password().isEmpty(), "the embedded server was given no password");

    Properties withoutPassword = new Properties();
    withoutPassword.setProperty("user", server.user());
    SQLException refused =
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, withoutPassword).close());
    assertEquals("08004", refused.getSQLState(), refused.toString());

    Properties wrongPassword = new Properties();
    wrongPassword.setProperty("user", server.user());
    wrongPassword.setProperty("password", "not-" + server.password());
    SQLException rejected =
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, wrongPassword).close());
    assertEquals("28P01", rejected.getSQLState(), rejected.toString());

    try (Connection connection = server.connectAdmin();
        Statement statement = connection.createStatement();
        ResultSet methods = statement.executeQuery(
            "select distinct auth_method from pg_hba_file_rules where error is null")) {
      assertTrue(methods.next());
      assertEquals("scram-sha-256", methods.getString(1));
      assertFalse(methods.next(), "pg_hba.conf has another method than scram-sha-256");
    }
  }
}
