package dev.retort.runtime.internal;

import dev.retort.runtime.tooling.ConnectionSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Finds out, while a migration statement waits for a lock, what it waits for and which session
 * holds it, so that a revision that gave up can name its blocker. Once a lock wait has timed out the
 * server no longer knows what blocked it, so the probe looks during the wait: every half lock-wait
 * timeout it asks, on a connection of its own, what the migrator's session waits for. Every wait lasts
 * a whole timeout before it fails, so at least one look falls inside it. The first look comes half a
 * timeout after a revision starts, so a quick revision costs no query; the probe's one connection is
 * opened beside the first revision of a run, so that it is ready for a short wait's first look.
 */
final class LockWaitProbe implements AutoCloseable {

  private static final String QUERY = """
      SELECT coalesce(w.relation::regclass::text, w.locktype), w.mode, b.pid, b.usename, b.application_name,
             b.state, extract(epoch FROM now() - b.xact_start)::bigint, left(b.query, 200)
      FROM pg_locks w
      CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS blocker(pid)
      JOIN pg_stat_activity b ON b.pid = blocker.pid
      WHERE w.pid = ? AND NOT w.granted
      LIMIT 1""";

  private final ConnectionSource connections;
  private ScheduledExecutorService executor;
  private Connection connection;

  LockWaitProbe(ConnectionSource connections) {
    this.connections = connections;
  }

  /** Starts looking at what session {@code pid} waits for, every {@code interval}, until the watch is closed. */
  Watch watch(int pid, Duration interval) {
    if (executor == null) {
      executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "retort-lock-wait-probe");
        thread.setDaemon(true);
        return thread;
      });
    }
    if (connection == null) {
      // Opening a connection (a password exchange, on a busy server) can take longer than a short lock
      // wait; opened beside the first revision, it is ready when the first look is due.
      executor.execute(this::connect);
    }
    Watch watch = new Watch();
    long millis = Math.max(interval.toMillis(), 10);
    watch.task = executor.scheduleWithFixedDelay(() -> look(pid, watch), millis, millis, TimeUnit.MILLISECONDS);
    return watch;
  }

  private void connect() {
    try {
      if (connection == null) {
        connection = connections.open();
      }
    } catch (RuntimeException e) {
      // The next look tries again; the diagnosis is a courtesy.
    }
  }

  private void look(int pid, Watch watch) {
    try {
      connect();
      if (connection == null) {
        return;
      }
      try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
        statement.setInt(1, pid);
        try (ResultSet row = statement.executeQuery()) {
          if (row.next()) {
            watch.seen = describe(row);
          }
        }
      }
    } catch (SQLException | RuntimeException e) {
      // The diagnosis is a courtesy: without it the error still names the revision and the statement.
    }
  }

  private static String describe(ResultSet row) throws SQLException {
    long seconds = row.getLong(7);
    String query = row.getString(8);
    return " on " + row.getString(1) + " (" + row.getString(2) + "), held by session " + row.getInt(3) + " (user "
        + row.getString(4) + ", application \"" + row.getString(5) + "\", " + row.getString(6) + ", its transaction open "
        + seconds + " s" + (query == null || query.isBlank() ? "" : "; last query: " + query.strip()) + ")";
  }

  @Override
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
      try {
        executor.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Only the probe used it.
      }
    }
  }

  /** What one revision attempt was seen waiting for. */
  static final class Watch implements AutoCloseable {
    private volatile String seen = "";
    private ScheduledFuture<?> task;

    /** The lock and its holder, as {@code " on <table> (<mode>), held by session ..."}; empty when never seen waiting. */
    String waitedFor() {
      return seen;
    }

    @Override
    public void close() {
      task.cancel(false);
    }
  }
}
