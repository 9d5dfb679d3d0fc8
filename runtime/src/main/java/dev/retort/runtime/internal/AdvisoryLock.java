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
    connection.setAutoCommit(true);
    long key = keyOf(scope);
    long deadline = System.nanoTime() + timeout.toNanos();
    long pause = FIRST_POLL_MILLIS;
    try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      statement.setLong(1, key);
      while (true) {
        try (ResultSet result = statement.executeQuery()) {
          result.next();
          if (result.getBoolean(1)) {
            return new AdvisoryLock(connection, key);
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new RetortException(Message.LOCK_TIMEOUT, scope, readable(timeout));
        }
        sleep(Math.min(pause, Duration.ofNanos(left).toMillis() + 1));
        pause = Math.min(pause * 2, MAX_POLL_MILLIS);
      }
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
