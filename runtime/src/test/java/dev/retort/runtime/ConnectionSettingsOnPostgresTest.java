package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

@PostgresTest
class ConnectionSettingsOnPostgresTest {

  private final TestDatabase db;

  ConnectionSettingsOnPostgresTest(TestDatabase db) {
    this.db = db;
  }

  /** The test database's URL in the libpq form a .env file would hold. */
  private String libpqUrl(String scheme, String password) {
    String hostAndDatabase = db.jdbcUrl().substring("jdbc:postgresql://".length());
    String credentials = URLEncoder.encode(db.user(), StandardCharsets.UTF_8)
        + (password == null ? "" : ":" + URLEncoder.encode(password, StandardCharsets.UTF_8));
    return scheme + "://" + credentials + "@" + hostAndDatabase;
  }

  @Test
  void aLibpqUrlConnectsAndMigrates() {
    Retort retort = Retort.configure()
        .connection(ConnectionSettings.parse(libpqUrl("postgresql+asyncpg", db.password())))
        .migrations(TestMigration.createTable("a", null, "t_a"))
        .load();
    assertEquals(List.of("a"), retort.upgrade().revisions());
    assertEquals(List.of("a"), retort.heads());
  }

  @Test
  void aRefusedConnectionNamesHostAndUserButNotThePassword() {
    // Trust authentication accepts any password, so an unknown database provokes the refusal.
    String url = libpqUrl("postgres", "s3cr@t-p4ss").replace("/" + db.databaseName(), "/no_such_database_here");
    Retort retort = Retort.configure().connection(ConnectionSettings.parse(url))
        .migrations(TestMigration.createTable("a", null, "t_a")).load();
    RetortException refused = assertThrows(RetortException.class, retort::upgrade);
    assertEquals(Message.CONNECTION_FAILED, refused.catalogEntry());
    assertTrue(refused.getMessage().contains("no_such_database_here"), refused.getMessage());
    assertTrue(refused.getMessage().contains("as user " + db.user()), refused.getMessage());
    assertFalse(refused.getMessage().contains("s3cr@t-p4ss"), refused.getMessage());
  }
}
