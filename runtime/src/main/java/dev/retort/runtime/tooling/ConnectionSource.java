package dev.retort.runtime.tooling;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens connections from a DataSource or a JDBC URL, retrying a refused connection as often as
 * configured, and turning the last failure into one clear message.
 */
public final class ConnectionSource {

  private static final Logger LOG = LoggerFactory.getLogger("dev.retort");

  private final DataSource dataSource;
  private final String url;
  private final String user;
  private final String password;
  private final int retries;
  private final Duration retryInterval;

  private ConnectionSource(DataSource dataSource, String url, String user, String password, int retries,
      Duration retryInterval) {
    this.dataSource = dataSource;
    this.url = url;
    this.user = user;
    this.password = password;
    this.retries = retries;
    this.retryInterval = retryInterval;
  }

  public static ConnectionSource of(DataSource dataSource) {
    return new ConnectionSource(dataSource, null, null, null, 0, Duration.ZERO);
  }

  public static ConnectionSource of(String url, String user, String password) {
    return new ConnectionSource(null, url, user, password, 0, Duration.ZERO);
  }

  /**
   * The same source, trying a refused connection {@code retries} more times, {@code interval}
   * apart, before it fails: for a service that boots beside a database that is still starting.
   */
  public ConnectionSource withRetries(int retries, Duration interval) {
    return new ConnectionSource(dataSource, url, user, password, retries, interval);
  }

  /** A new connection in autocommit mode. */
  public Connection open() {
    for (int attempt = 0; ; attempt++) {
      try {
        Connection connection = dataSource != null ? dataSource.getConnection() : DriverManager.getConnection(url, user, password);
        connection.setAutoCommit(true);
        return connection;
      } catch (SQLException e) {
        if (attempt >= retries) {
          throw new RetortException(Redaction.ofCauses(e, password), Message.CONNECTION_FAILED, describe(), describeUser(),
              sanitize(e.getMessage()));
        }
        LOG.warn("Cannot connect to {} yet ({}); retry {} of {} in {} ms", describe(), sanitize(e.getMessage()),
            attempt + 1, retries, retryInterval.toMillis());
        pause();
      }
    }
  }

  private void pause() {
    try {
      Thread.sleep(retryInterval.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetortException(e, Message.CONNECTION_FAILED, describe(), describeUser(), "interrupted while waiting to retry");
    }
  }

  /** Where connections go, without any password, for messages. */
  public String describe() {
    return url != null ? sanitize(url) : "the configured DataSource";
  }

  private String describeUser() {
    if (dataSource != null) {
      return "(from the DataSource)";
    }
    return user != null ? user : System.getProperty("user.name") + " (the default: no user was given)";
  }

  private String sanitize(String text) {
    return text == null ? "no details" : Redaction.of(text, password);
  }
}
