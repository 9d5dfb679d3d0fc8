package dev.retort.migration;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Java code run inside a migration on the migration's own connection (and so inside its
 * transaction, when it has one); it must not commit, roll back or close the connection.
 */
@FunctionalInterface
public interface JdbcCallback {

  void run(Connection connection) throws SQLException;
}
