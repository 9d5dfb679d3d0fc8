package dev.retort.reliability;

import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Threads that write to {@code accounts} at a steady rate, each on its own connection, as an
 * application would: every other write updates a random existing row, the others insert a new one
 * that satisfies every constraint a change may add. A write's latency is measured from the moment
 * it was due, not from when it started, so a stall counts for every write it delayed (no
 * coordinated omission).
 */
final class Writers {

  /** One write: when it was due and how long after that it finished, in nanoseconds. */
  private record Sample(long due, long latency) {}

  /** The writes due within a window, and their latency. */
  record Window(int writes, double p99Millis, double maxMillis) {}

  private final TestDatabase db;
  private final int threads;
  private final long interval;
  private final int rows;
  private final int customers;
  private final List<Thread> running = new ArrayList<>();
  private final List<List<Sample>> samples = new ArrayList<>();
  private final AtomicLong nextId;
  private final AtomicInteger errors = new AtomicInteger();
  private final AtomicReference<String> firstError = new AtomicReference<>();
  /** The last moment (System.nanoTime) a write may be due; each writer stops at its first write due later. */
  private volatile long lastDue = Long.MAX_VALUE;

  /**
   * {@code threads} writers of {@code rate} writes per second each, on a table of {@code rows} rows,
   * inserting rows whose ids follow {@code nextId}.
   */
  Writers(TestDatabase db, int threads, int rate, int rows, int customers, AtomicLong nextId) {
    this.db = db;
    this.threads = threads;
    this.interval = 1_000_000_000L / rate;
    this.rows = rows;
    this.customers = customers;
    this.nextId = nextId;
  }

  /** Opens the connections and starts writing; returns once every writer is connected. */
  void start() throws SQLException {
    List<Connection> connections = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      connections.add(db.connect());
    }
    long start = System.nanoTime();
    for (Connection connection : connections) {
      List<Sample> own = new ArrayList<>();
      samples.add(own);
      Thread thread = new Thread(() -> write(connection, own, start), "writer");
      thread.setDaemon(true);
      running.add(thread);
      thread.start();
    }
  }

  private void write(Connection connection, List<Sample> own, long start) {
    try (connection;
        PreparedStatement update = connection.prepareStatement(
            "UPDATE accounts SET balance = balance + 1, status = 'active' WHERE id = ?");
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO accounts (id, customer_id, email, balance, status) VALUES (?, ?, ?, 0, 'new')")) {
      // Staggered, so the writers' writes are spread over each interval.
      long due = start + ThreadLocalRandom.current().nextLong(interval);
      for (long n = 0; due <= lastDue; n++, due += interval) {
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        try {
          if (n % 2 == 0) {
            update.setLong(1, 2 + ThreadLocalRandom.current().nextInt(rows - 1));
            update.executeUpdate();
          } else {
            long id = nextId.incrementAndGet();
            insert.setLong(1, id);
            insert.setLong(2, 1 + id % customers);
            insert.setString(3, "w" + id + "@example.com");
            insert.executeUpdate();
          }
        } catch (SQLException e) {
          errors.incrementAndGet();
          firstError.compareAndSet(null, e.getMessage());
        }
        synchronized (own) {
          own.add(new Sample(due, System.nanoTime() - due));
        }
      }
    } catch (SQLException e) {
      errors.incrementAndGet();
      firstError.compareAndSet(null, e.getMessage());
    }
  }

  /**
   * Lets the writers do every write due until {@code until} (System.nanoTime), however late, then
   * stop; waits for them. Writes delayed by a stall are all done, so each counts with its latency.
   */
  void stopAfter(long until) throws InterruptedException {
    lastDue = Math.min(lastDue, until);
    for (Thread thread : running) {
      thread.join(120_000);
    }
  }

  /** The writes due from {@code from} to {@code to} (System.nanoTime), with their 99th percentile and longest latency. */
  Window window(long from, long to) {
    List<Long> latencies = new ArrayList<>();
    for (List<Sample> own : samples) {
      synchronized (own) {
        for (Sample sample : own) {
          if (sample.due() >= from && sample.due() <= to) {
            latencies.add(sample.latency());
          }
        }
      }
    }
    if (latencies.isEmpty()) {
      return new Window(0, 0, 0);
    }
    latencies.sort(null);
    int p99 = (int) Math.ceil(latencies.size() * 0.99) - 1;
    return new Window(latencies.size(), latencies.get(p99) / 1e6, latencies.get(latencies.size() - 1) / 1e6);
  }

  /** Writes done or failed, over the writers' whole run. */
  int total() {
    int total = 0;
    for (List<Sample> own : samples) {
      synchronized (own) {
        total += own.size();
      }
    }
    return total;
  }

  /** Writes that failed, over the writers' whole run. */
  int errors() {
    return errors.get();
  }

  /** The server's message for the first failed write, or null. */
  String firstError() {
    return firstError.get();
  }
}
