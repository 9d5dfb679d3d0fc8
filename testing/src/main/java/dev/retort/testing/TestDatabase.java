package dev.retort.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty PostgreSQL database that belongs to one test class (and its nested classes) and
 * is dropped, with any database created by {@link #createSibling()}, when that class finishes.
 *
 * <p>Instances are made by {@link PostgresExtension} and injected as parameters; the database is
 * UTF-8 with the C locale and was created from {@code template0}, so it holds nothing but the
 * {@code public} schema.
 */
public final class TestDatabase {

  private final PostgresServer server;
  private final String name;
  private final String jdbcUrl;
  private final DatabaseGroup group;

  TestDatabase(PostgresServer server, String name, DatabaseGroup group) {
    this.server = server;
    this.name = name;
    this.jdbcUrl = server.urlFor(name);
    this.group = group;
  }

  /** The JDBC URL of this database; credentials are given separately by {@link #user()}. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** The user to connect as; it may create databases and is often a superuser. */
  public String user() {
    return server.user();
  }

  /** The password to connect with, empty when the server needs none. */
  public String password() {
    return server.password();
  }

  /** The database's name, as {@code current_database()} reports it. */
  public String databaseName() {
    return name;
  }

  /** Opens a new connection to this database, in autocommit mode; the caller closes it. */
  public Connection connect() throws SQLException {
    Connection connection = server.connect(jdbcUrl);
    connection.setAutoCommit(true);
    return connection;
  }

  /**
   * A new non-pooling {@link DataSource} for this database, for code under test that wants one;
   * each call returns its own instance, so configuring one does not affect other tests.
   */
  public DataSource dataSource() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(jdbcUrl);
    dataSource.setUser(server.user());
    if (!server.password().isEmpty()) {
      dataSource.setPassword(server.password());
    }
    return dataSource;
  }

  /**
   * Runs SQL on a connection of its own, in autocommit mode; {@code sql} may hold several
   * statements separated by semicolons.
   */
  public void execute(String sql) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /**
   * Runs a query with {@code ?} parameters on a connection of its own and returns what {@code
   * mapper} makes of the result, for example to assert on catalog state.
   */
  public <T> T query(String sql, ResultSetMapper<T> mapper, Object... parameters)
      throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet resultSet = statement.executeQuery()) {
        return mapper.map(resultSet);
      }
    }
  }

  /**
   * Creates another fresh database on the same server, with the same credentials, that is dropped
   * together with this one; for tests that compare or copy between two databases.
   */
  public TestDatabase createSibling() throws SQLException {
    return group.create();
  }

  /** The name and URL, never the password. */
  @Override
  public String toString() {
    return "TestDatabase[" + name + " at " + JdbcUrls.redact(jdbcUrl) + "]";
  }
}
