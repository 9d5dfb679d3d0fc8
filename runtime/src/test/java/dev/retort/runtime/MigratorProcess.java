package dev.retort.runtime;

import dev.retort.migration.Migration;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A separate JVM that boots like a service: waits for a common start instant, migrates, and
 * prints {@code STARTING <revision>} as each revision begins, then how many revisions it applied
 * itself ({@code APPLIED n}), the head ({@code HEAD r}) and how long its migrate call took
 * ({@code MILLIS n}); exits 1 on any failure, after printing the error.
 *
 * <p>Arguments: JDBC URL, user, start instant (epoch millis, or {@code -} to print {@code READY}
 * once loaded and start when a line arrives on standard input), password (may be empty), and
 * optionally the name of a fixture class whose static {@code migrations()} returns the
 * migrations ({@link ConcurrencyFixture} by default).
 */
public final class MigratorProcess {

  private MigratorProcess() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    String password = args.length > 3 ? args[3] : "";
    String fixture = args.length > 4 ? args[4] : ConcurrencyFixture.class.getName();
    List<Migration> migrations = migrations(fixture);
    // Loaded before the start, so that MILLIS measures the migration, not class loading.
    Class.forName("org.postgresql.Driver");
    Retort.configure().migrations(migrations).load();
    if ("-".equals(args[2])) {
      System.out.println("READY");
      System.out.flush();
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    } else {
      long wait = Instant.ofEpochMilli(Long.parseLong(args[2])).toEpochMilli() - System.currentTimeMillis();
      if (wait > 0) {
        Thread.sleep(wait);
      }
    }
    try {
      long began = System.nanoTime();
      MigrationReport report = Retort.configure()
          .url(url, user, password)
          .migrations(migrations)
          .listener(new MigrationListener() {
            @Override
            public void starting(String revision, String message, int index, int total) {
              System.out.println("STARTING " + revision);
              System.out.flush();
            }
          })
          .load()
          .upgrade();
      System.out.println("APPLIED " + report.steps().size());
      System.out.println("HEAD " + String.join(",", report.headsAfter()));
      System.out.println("MILLIS " + (System.nanoTime() - began) / 1_000_000);
    } catch (RuntimeException e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Migration> migrations(String fixture) throws ReflectiveOperationException {
    return (List<Migration>) Class.forName(fixture).getMethod("migrations").invoke(null);
  }
}
