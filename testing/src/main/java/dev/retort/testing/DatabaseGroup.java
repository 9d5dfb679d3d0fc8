package dev.retort.testing;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The databases one test class made (its own and its siblings), kept in the class's extension
 * store so that they are all dropped when that class finishes.
 */
final class DatabaseGroup {

  private final PostgresServer server;
  private final String ownerId;
  private final String className;
  private final List<String> names = new ArrayList<>();
  private final TestDatabase primary;

  /**
   * @param ownerId the unique id of the class context that owns, and so drops, the databases;
   *     nested classes see the group through the store but must not drop it
   */
  DatabaseGroup(PostgresServer server, String ownerId, String className) throws SQLException {
    this.server = server;
    this.ownerId = ownerId;
    this.className = className;
    this.primary = create();
  }

  TestDatabase primary() {
    return primary;
  }

  boolean isOwnedBy(String contextId) {
    return ownerId.equals(contextId);
  }

  TestDatabase create() throws SQLException {
    String name = DatabaseNames.forClass(className);
    // Registered before it exists, so that a CREATE that fails after all (a timeout, say) is
    // still cleaned up by the IF EXISTS drop.
    synchronized (names) {
      names.add(name);
    }
    server.createDatabase(name);
    return new TestDatabase(server, name, this);
  }

  /** Drops every database, newest first, and reports all failures rather than the first only. */
  void dropAll() throws SQLException {
    List<String> toDrop;
    synchronized (names) {
      toDrop = new ArrayList<>(names);
      names.clear();
    }
    SQLException failure = null;
    for (int i = toDrop.size() - 1; i >= 0; i--) {
      try {
        server.dropDatabase(toDrop.get(i));
      } catch (SQLException e) {
        if (failure == null) {
          failure =
              new SQLException(
                  "Could not drop test database " + toDrop.get(i) + " on " + server, e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
