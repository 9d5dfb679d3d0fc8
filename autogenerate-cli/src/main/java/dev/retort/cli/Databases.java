package dev.retort.cli;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.runtime.ConnectionSettings;
import dev.retort.runtime.tooling.ConnectionSource;
import dev.retort.runtime.tooling.Redaction;
import java.sql.Connection;
import java.sql.SQLException;

/** Runs a piece of work on one connection, with the runtime's messages for a refused connection or a failed query. */
final class Databases {

  private Databases() {}

  /** Work on a connection. */
  interface Work<T> {
    T on(Connection connection) throws SQLException;
  }

  /** The result of {@code work} on a new connection to {@code settings}, tried once. */
  static <T> T query(ConnectionSettings settings, String what, Work<T> work) {
    return query(settings, new ConnectRetries(0, ConnectRetries.DEFAULT_INTERVAL), what, work);
  }

  /** The result of {@code work} on a new connection to {@code settings}, tried as {@code retries} says; {@code what} names the work in errors. */
  static <T> T query(ConnectionSettings settings, ConnectRetries retries, String what, Work<T> work) {
    ConnectionSource source = ConnectionSource.of(settings.jdbcUrl(), settings.user(), settings.password())
        .withRetries(retries.retries(), retries.interval());
    try (Connection connection = source.open()) {
      return work.on(connection);
    } catch (SQLException e) {
      throw new RetortException(e, Message.DATABASE_ERROR, what + " at " + source.describe(),
          Redaction.of(e.getMessage(), settings.password()));
    }
  }
}
