package dev.retort.runtime.internal;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Opens connections from a DataSource or a JDBC URL, turning failures into one clear message. */
public final class ConnectionSource {

  private final DataSource dataSource;
  private final String url;
  private final String user;
  private final String password;

  private ConnectionSource(DataSource dataSource, String url, String user, String password) {
    this.dataSource = dataSource;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  public static ConnectionSource of(DataSource dataSource) {
    return new ConnectionSource(dataSource, null, null, null);
  }

  public static ConnectionSource of(String url, String user, String password) {
    return new ConnectionSource(null, url, user, password);
  }

  /** A new connection in autocommit mode. */
  public Connection open() {
    try {
      Connection connection = dataSource != null ? dataSource.getConnection() : DriverManager.getConnection(url, user, password);
      connection.setAutoCommit(true);
      return connection;
    } catch (SQLException e) {
      throw new RetortException(Redaction.ofCauses(e, password), Message.CONNECTION_FAILED, describe(), describeUser(),
          sanitize(e.getMessage()));
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
