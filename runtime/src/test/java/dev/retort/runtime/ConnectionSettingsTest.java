package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionSettingsTest {

  @TempDir Path directory;

  @Test
  void aJdbcUrlKeepsItsParametersButGivesUpUserAndPassword() {
    ConnectionSettings settings =
        ConnectionSettings.parse("jdbc:postgresql://db:5433/app?user=svc&password=s%40cret&sslmode=require");
    assertEquals("jdbc:postgresql://db:5433/app?sslmode=require", settings.jdbcUrl());
    assertEquals("svc", settings.user());
    assertEquals("s@cret", settings.password());
  }

  @Test
  void aJdbcUrlWithoutParametersIsTakenAsItIs() {
    ConnectionSettings settings = ConnectionSettings.parse("jdbc:postgresql://localhost/test");
    assertEquals("jdbc:postgresql://localhost/test", settings.jdbcUrl());
    assertNull(settings.user());
    assertNull(settings.password());
  }

  @Test
  void everyLibpqSchemeBecomesAJdbcUrl() {
    for (String scheme : new String[] {"postgresql", "postgres", "postgresql+asyncpg", "postgresql+psycopg2", "POSTGRESQL"}) {
      ConnectionSettings settings = ConnectionSettings.parse(scheme + "://fleet:pw@db.internal:6543/fleet_db");
      assertEquals("jdbc:postgresql://db.internal:6543/fleet_db", settings.jdbcUrl(), scheme);
      assertEquals("fleet", settings.user(), scheme);
      assertEquals("pw", settings.password(), scheme);
    }
  }

  @Test
  void passwordsWithSpecialCharactersSurviveEncodedOrNot() {
    assertEquals("p@ss:w/rd+1", ConnectionSettings.parse("postgresql://u:p%40ss%3Aw%2Frd+1@h/db").password());
    assertEquals("p@ss:w/rd", ConnectionSettings.parse("postgresql://u:p@ss:w/rd@h/db").password());
    assertEquals("h", ConnectionSettings.parse("postgresql://u:p@ss:w/rd@h/db").jdbcUrl().substring(18, 19));
  }

  @Test
  void missingPartsTakeLibpqsDefaults() {
    assertEquals("jdbc:postgresql://localhost/app", ConnectionSettings.parse("postgresql:///app").jdbcUrl());
    assertEquals("jdbc:postgresql://h/svc", ConnectionSettings.parse("postgres://svc@h").jdbcUrl());
    assertEquals("jdbc:postgresql://h/postgres", ConnectionSettings.parse("postgres://h").jdbcUrl());
  }

  @Test
  void ipv6HostsAndHostListsPassThrough() {
    assertEquals("jdbc:postgresql://[::1]:5432/db", ConnectionSettings.parse("postgresql://[::1]:5432/db").jdbcUrl());
    assertEquals("jdbc:postgresql://a:5432,b:5433/db?targetServerType=primary",
        ConnectionSettings.parse("postgresql://a:5432,b:5433/db?targetServerType=primary").jdbcUrl());
  }

  @Test
  void asyncpgsSslParameterBecomesSslmode() {
    assertEquals("jdbc:postgresql://h/db?sslmode=require", ConnectionSettings.parse("postgresql+asyncpg://h/db?ssl=require").jdbcUrl());
  }

  @Test
  void aBadUrlIsOneClearErrorThatNeverShowsThePassword() {
    RetortException scheme = assertThrows(RetortException.class, () -> ConnectionSettings.parse("mysql://root:hunter2@h/db"));
    assertEquals(Message.CONNECTION_URL_INVALID, scheme.catalogEntry());
    assertFalse(scheme.getMessage().contains("hunter2"), scheme.getMessage());
    assertTrue(scheme.getMessage().contains("mysql://root:***@h/db"), scheme.getMessage());

    RetortException port = assertThrows(RetortException.class, () -> ConnectionSettings.parse("postgresql://u:hunter2@h:54x/db"));
    assertTrue(port.getMessage().contains("\"54x\" is not a port number"), port.getMessage());
    assertFalse(port.getMessage().contains("hunter2"), port.getMessage());

    RetortException escape = assertThrows(RetortException.class, () -> ConnectionSettings.parse("postgresql://u:hun%zzter2@h/db"));
    assertFalse(escape.getMessage().contains("hun%zzter2"), escape.getMessage());
    assertTrue(escape.getMessage().contains("password has a %"), escape.getMessage());
  }

  @Test
  void toStringNeverShowsThePassword() {
    assertFalse(ConnectionSettings.parse("postgresql://u:hunter2@h/db").toString().contains("hunter2"));
  }

  @Test
  void retortUrlWinsOverDatabaseUrlWhichWinsOverPostgresVariables() {
    Map<String, String> all = Map.of("RETORT_URL", "jdbc:postgresql://r/db", "RETORT_USER", "ru",
        "DATABASE_URL", "postgresql://d/db", "POSTGRES_HOST", "p");
    assertEquals(new ConnectionSettings("jdbc:postgresql://r/db", "ru", null), ConnectionSettings.fromEnvironment(all, directory).orElseThrow());
    assertEquals("jdbc:postgresql://d/db", ConnectionSettings.fromEnvironment(
        Map.of("DATABASE_URL", "postgresql://d/db", "POSTGRES_HOST", "p"), directory).orElseThrow().jdbcUrl());
  }

  @Test
  void postgresVariablesMakeAUrlWithDefaults() {
    ConnectionSettings settings = ConnectionSettings.fromEnvironment(
        Map.of("POSTGRES_HOST", "db", "POSTGRES_USER", "fleet", "POSTGRES_PASSWORD", "x@y"), directory).orElseThrow();
    assertEquals(new ConnectionSettings("jdbc:postgresql://db:5432/fleet", "fleet", "x@y"), settings);
    RetortException port = assertThrows(RetortException.class, () -> ConnectionSettings.fromEnvironment(
        Map.of("POSTGRES_DB", "d", "POSTGRES_PORT", "five"), directory));
    assertEquals(Message.CONNECTION_SETTING_INVALID, port.catalogEntry());
  }

  @Test
  void aDotEnvFileIsReadAndTheProcessEnvironmentOverridesIt() throws IOException {
    Files.writeString(directory.resolve(".env"), """
        # the guides' .env
        export POSTGRES_USER=fleet
        POSTGRES_PASSWORD="quoted # not a comment"
        POSTGRES_DB=fleet_db   # a comment
        POSTGRES_HOST='from-file'
        """);
    ConnectionSettings settings =
        ConnectionSettings.fromEnvironment(Map.of("POSTGRES_HOST", "from-env"), directory).orElseThrow();
    assertEquals(new ConnectionSettings("jdbc:postgresql://from-env:5432/fleet_db", "fleet", "quoted # not a comment"), settings);
  }

  @Test
  void nothingConfiguredIsEmptyAndAMalformedDotEnvNamesItsLine() throws IOException {
    assertTrue(ConnectionSettings.fromEnvironment(Map.of(), directory).isEmpty());
    String before = "DATABASE_URL=postgresql://h/db\nthis line is wrong\n";
    Files.writeString(directory.resolve(".env"), before);
    RetortException error = assertThrows(RetortException.class, () -> ConnectionSettings.fromEnvironment(Map.of(), directory));
    assertEquals(Message.ENV_FILE_MALFORMED, error.catalogEntry());
    assertTrue(error.getMessage().contains("line 2"), error.getMessage());
    assertEquals(before, Files.readString(directory.resolve(".env")));
  }
}
