package dev.retort.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A running PostgreSQL server reached through an admin connection, on which test databases are
 * created and dropped.
 */
final class PostgresServer {

  private final String description;
  private final String adminUrl;
  private final String user;
  private final String password;

  /**
   * @param description names where the server came from, for error messages (no password)
   * @param adminUrl a database on the server that the tests never drop, used to create and drop
   *     theirs
   */
  PostgresServer(String description, String adminUrl, String user, String password) {
    this.description = description;
    this.adminUrl = adminUrl;
    this.user = user;
    this.password = password == null ? "" : password;
  }

  String description() {
    return description;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  String urlFor(String database) {
    return JdbcUrls.withDatabase(adminUrl, database);
  }

  Connection connectAdmin() throws SQLException {
    return connect(adminUrl);
  }

  Connection connect(String url) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    // An empty password would be sent to a server that asks for one, turning "no password
    // configured" into a confusing authentication failure; leaving it out lets pgjdbc say so.
    if (!password.isEmpty()) {
      properties.setProperty("password", password);
    }
    return DriverManager.getConnection(url, properties);
  }

  /**
   * Creates an empty database from template0 in UTF-8 with the C locale, so that every source
   * (embedded, CI's server, a container) sorts and compares text the same way whatever its
   * template1 holds or its initdb locale was.
   */
  void createDatabase(String name) throws SQLException {
    try (Connection connection = connectAdmin();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE DATABASE " + quote(name) + " TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'");
    }
  }

  /** Drops the database even while a test's leaked connection still holds it. */
  void dropDatabase(String name) throws SQLException {
    try (Connection connection = connectAdmin();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
    }
  }

  /**
   * Checks over the admin connection what the harness relies on, so that a misconfigured server
   * fails once with a precise message instead of every class failing on a bare SQL error.
   *
   * @return the server's version string, for the log
   * @throws IllegalStateException naming what is missing
   */
  String verify() throws SQLException {
    try (Connection connection = connectAdmin();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT current_setting('server_version_num')::int,"
                    + " current_setting('server_version'),"
                    + " (SELECT rolsuper OR rolcreatedb FROM pg_roles"
                    + " WHERE rolname = current_user)")) {
      row.next();
      int versionNumber = row.getInt(1);
      String version = row.getString(2);
      if (versionNumber < 130000) {
        throw new IllegalStateException(
            "the server runs PostgreSQL "
                + version
                + ", but the harness needs 13 or later (for DROP DATABASE ... WITH (FORCE))");
      }
      if (!row.getBoolean(3)) {
        throw new IllegalStateException(
            "the user "
                + user
                + " may not create databases; make it a superuser or ALTER ROLE "
                + quote(user)
                + " CREATEDB");
      }
      return version;
    }
  }

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  @Override
  public String toString() {
    return description;
  }
}
