package dev.retort.sample.fleet;

import dev.retort.runtime.ConnectionSettings;
import java.io.IOException;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database the service runs on: the one the environment names, or else an embedded PostgreSQL
 * started for this run and stopped at {@link #close()}.
 */
final class Database implements AutoCloseable {

  private final ConnectionSettings settings;
  private final String description;
  private final EmbeddedPostgresql server;

  private Database(ConnectionSettings settings, String description, EmbeddedPostgresql server) {
    this.settings = settings;
    this.description = description;
    this.server = server;
  }

  /**
   * The database named by {@code RETORT_URL}, {@code DATABASE_URL} or {@code POSTGRES_*} (from the
   * environment or a {@code .env} file in the working directory); with none of them, an embedded
   * PostgreSQL.
   */
  static Database fromEnvironment() {
    Optional<ConnectionSettings> configured = ConnectionSettings.fromEnvironment();
    if (configured.isPresent()) {
      ConnectionSettings settings = configured.get();
      return new Database(settings, settings.jdbcUrl() + (settings.user() == null ? "" : " as " + settings.user()), null);
    }
    EmbeddedPostgresql embedded = EmbeddedPostgresql.start();
    return new Database(embedded.settings(), "an embedded PostgreSQL on port " + embedded.port()
        + ", started because neither DATABASE_URL, RETORT_URL nor POSTGRES_* is set (its data is gone at exit)",
        embedded);
  }

  /** How Retort connects: by these settings, so that its messages can name the URL and user. */
  ConnectionSettings settings() {
    return settings;
  }

  /** Where the service connects, without the password. */
  String description() {
    return description;
  }

  /** A non-pooling DataSource for Hibernate, to the same database and as the same user. */
  DataSource dataSource() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(settings.jdbcUrl());
    if (settings.user() != null) {
      dataSource.setUser(settings.user());
    }
    if (settings.password() != null) {
      dataSource.setPassword(settings.password());
    }
    return dataSource;
  }

  @Override
  public void close() throws IOException {
    if (server != null) {
      server.close();
    }
  }
}
