package dev.retort.runtime;

import java.time.Instant;

/**
 * A separate JVM that boots like a service: waits for a common start instant, migrates, and
 * prints how many revisions it applied itself ({@code APPLIED n}); exits 1 on any failure.
 */
public final class MigratorProcess {

  private MigratorProcess() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    String password = args.length > 3 ? args[3] : "";
    Instant start = Instant.ofEpochMilli(Long.parseLong(args[2]));
    long wait = start.toEpochMilli() - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
    try {
      MigrationReport report = Retort.configure()
          .url(url, user, password)
          .migrations(ConcurrencyFixture.migrations())
          .load()
          .upgrade();
      System.out.println("APPLIED " + report.steps().size());
      System.out.println("HEAD " + String.join(",", report.headsAfter()));
    } catch (RuntimeException e) {
      e.printStackTrace();
      System.exit(1);
    }
  }
}
