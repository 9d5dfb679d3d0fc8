package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@PostgresTest
class ConnectRetriesTest {

  private static final Migration A = TestMigration.createTable("a", null, "t_a");

  private final TestDatabase db;

  ConnectRetriesTest(TestDatabase db) {
    this.db = db;
  }

  @BeforeEach
  void startFromAnEmptyDatabase() throws Exception {
    Catalog.reset(db);
  }

  @Test
  void aDatabaseThatRefusesTheFirstConnectionsIsMigratedOnceItAcceptsWithinTheRetries() throws Exception {
    StartingDatabase starting = new StartingDatabase(db.dataSource(), 2);

    MigrationReport report = Retort.configure().dataSource(starting).connectRetries(2, Duration.ofMillis(20))
        .migrations(A).migrate();

    assertEquals(List.of("a"), report.revisions());
    assertEquals(List.of("t_a"), Catalog.tables(db));
    assertTrue(starting.attempts.get() > 2, "the refused attempts were retried");
  }

  @Test
  void aDatabaseThatRefusesLongerThanTheRetriesFailsWithTheConnectionMessageAfterTheLastAttempt() {
    StartingDatabase starting = new StartingDatabase(db.dataSource(), 3);

    RetortException failure = assertThrows(RetortException.class, () -> Retort.configure().dataSource(starting)
        .connectRetries(2, Duration.ofMillis(10)).migrations(A).migrate());

    assertEquals(Message.CONNECTION_FAILED, failure.catalogEntry());
    assertEquals(3, starting.attempts.get(), "one attempt and two retries");
  }

  @Test
  void withoutRetriesTheFirstRefusedConnectionFails() {
    StartingDatabase starting = new StartingDatabase(db.dataSource(), 1);

    RetortException failure = assertThrows(RetortException.class,
        () -> Retort.configure().dataSource(starting).migrations(A).migrate());

    assertEquals(Message.CONNECTION_FAILED, failure.catalogEntry());
    assertEquals(1, starting.attempts.get());
  }

  @Test
  void negativeRetriesAreRefusedWhenConfigured() {
    assertThrows(IllegalArgumentException.class, () -> Retort.configure().connectRetries(-1, Duration.ZERO));
  }

  /** The real database behind a server that refuses its first {@code refusals} connections, as one still starting does. */
  private static final class StartingDatabase implements DataSource {

    private final DataSource database;
    private final int refusals;
    final AtomicInteger attempts = new AtomicInteger();

    StartingDatabase(DataSource database, int refusals) {
      this.database = database;
      this.refusals = refusals;
    }

    @Override
    public Connection getConnection() throws SQLException {
      if (attempts.incrementAndGet() <= refusals) {
        throw new SQLException("the database system is starting up", "57P03");
      }
      return database.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
