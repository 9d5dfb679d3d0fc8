package dev.retort.sample.fleet;

import dev.retort.runtime.ConnectionSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/** A throwaway PostgreSQL 15 (zonky's embedded binaries) for a run with no database configured. */
final class EmbeddedPostgresql implements AutoCloseable {

  // zonky's default of 10 s counts only the postmaster's start, but a first run also unpacks
  // the binaries; a slow machine needs longer, a fast one loses nothing.
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresql(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /** Starts a new server with an empty data directory. */
  static EmbeddedPostgresql start() {
    try {
      return new EmbeddedPostgresql(EmbeddedPostgres.builder().setPGStartupWait(STARTUP_WAIT).start());
    } catch (IOException e) {
      throw new UncheckedIOException("The embedded PostgreSQL did not start (" + e.getMessage() + "). Set DATABASE_URL"
          + " to a running PostgreSQL instead, e.g. DATABASE_URL=postgresql://user:password@localhost:5432/fleet", e);
    }
  }

  int port() {
    return postgres.getPort();
  }

  ConnectionSettings settings() {
    return new ConnectionSettings("jdbc:postgresql://localhost:" + port() + "/postgres", "postgres", null);
  }

  /** Stops the server and deletes its data directory. */
  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
