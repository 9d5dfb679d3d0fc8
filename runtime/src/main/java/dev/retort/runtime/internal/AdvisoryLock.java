package dev.retort.runtime.internal;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.nio.ByteBuffer;

/**
 * The migration lock: a session-level PostgreSQL advisory lock held on a connection of its own.
 *
 * <p>Session level, so a crashed process releases it when its connection drops; taken with
 * {@code pg_try_advisory_lock} polling rather than a blocking {@code pg_advisory_lock}, so that a
 * waiting migrator never sits inside an open transaction, which would make another migrator's
 * {@code CREATE INDEX CONCURRENTLY} wait for it forever.
 */
public final class AdvisoryLock implements AutoCloseable {

  private static final long FIRST_POLL_MILLIS = 10;
  private static final long MAX_POLL_MILLIS = 500;

  private final Connection connection;
  private final long key;

  private AdvisoryLock(Connection connection, long key) {
    this.connection = connection;
    this.key = key;
  }

  /**
   * Takes the lock for {@code scope} on {@code connection}, which it owns from then on.
   *
   * @throws RetortException when another session holds the lock for longer than {@code timeout}
   */
  public static AdvisoryLock acquire(Connection connection, String scope, Duration timeout) throws SQLException {
    return acquire(connection, scope, timeout, (lockScope, holder, limit) -> { });
  }

  /** Hears once that the lock is held by another session and the migrator waits for it. */
  @FunctionalInterface
  public interface WaitNotice {
    /** {@code holder} describes the session holding the lock on {@code scope}, as far as this role may see it; the wait lasts at most {@code timeout}. */
    void waiting(String scope, String holder, Duration timeout);
  }

  /**
   * As {@link #acquire(Connection, String, Duration)}, telling {@code notice} once, when the first
   * try finds the lock taken, who holds it and how long the wait may last.
   */
  public static AdvisoryLock acquire(Connection connection, String scope, Duration timeout, WaitNotice notice)
      throws SQLException {
    connection.setAutoCommit(true);
    long key = keyOf(scope);
    long deadline = System.nanoTime() + timeout.toNanos();
    long pause = FIRST_POLL_MILLIS;
    String holder = null;
    try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      statement.setLong(1, key);
      while (true) {
        try (ResultSet result = statement.executeQuery()) {
          result.next();
          if (result.getBoolean(1)) {
            return new AdvisoryLock(connection, key);
          }
        }
        if (holder == null) {
          holder = holder(connection, key);
          notice.waiting(scope, holder, timeout);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new RetortException(Message.LOCK_TIMEOUT, scope + " (held by " + holder + ")", readable(timeout));
        }
        sleep(Math.min(pause, Duration.ofNanos(left).toMillis() + 1));
        pause = Math.min(pause * 2, MAX_POLL_MILLIS);
      }
    }
  }

  /**
   * The session holding the lock {@code key}: its pid, user, application, state, how long it has been
   * connected and its last query, or only what the server shows this role of another role's session.
   */
  static String holder(Connection connection, long key) {
    String query = """
        SELECT a.pid, a.usename, a.application_name, a.client_addr, a.state,
               extract(epoch FROM now() - a.backend_start)::bigint, left(a.query, 200)
        FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
          AND ((l.classid::bigint << 32) | l.objid::bigint) = ? AND l.pid <> pg_backend_pid()
        LIMIT 1""";
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setLong(1, key);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return "a session that has just released it";
        }
        String lastQuery = row.getString(7);
        String application = row.getString(3);
        return "session " + row.getInt(1) + " (user " + row.getString(2)
            + (application == null || application.isBlank() ? "" : ", application \"" + application + "\"")
            + (row.getString(4) == null ? "" : ", from " + row.getString(4))
            + (row.getString(5) == null ? "" : ", " + row.getString(5))
            + ", connected " + row.getLong(6) + " s"
            + (lastQuery == null || lastQuery.isBlank() ? "" : "; last query: " + lastQuery.strip()) + ")";
      }
    } catch (SQLException e) {
      // The description is a courtesy: the wait goes on without it.
      return "another session (pg_locks is not readable: " + e.getMessage() + ")";
    }
  }

  /** A stable 64-bit key for the scope: the first 8 bytes of its SHA-256, namespaced to Retort. */
  static long keyOf(String scope) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(("retort:" + scope).getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the migration lock", e);
    }
  }

  /** Releases the lock and closes its connection; closing alone would release it too. */
  @Override
  public void close() throws SQLException {
    try (connection; PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      statement.setLong(1, key);
      statement.execute();
    }
  }

  /** A duration as people write it: {@code 500 ms}, {@code 30 s}, {@code 10 min}, {@code 1 h 30 min}. */
  static String readable(Duration duration) {
    if (duration.toMillis() < 1000) {
      return duration.toMillis() + " ms";
    }
    if (duration.toSeconds() < 60 || duration.toSecondsPart() != 0) {
      return duration.toSeconds() + " s";
    }
    if (duration.toMinutes() < 60) {
      return duration.toMinutes() + " min";
    }
    return duration.toHours() + " h" + (duration.toMinutesPart() == 0 ? "" : " " + duration.toMinutesPart() + " min");
  }
}
