package dev.retort.sample.fleet;

import dev.retort.testing.TestDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the built service, {@code target/fleet.jar}, as its own {@code java} process, the way a user starts it. */
final class FleetProcess {

  /** What one run did: its exit code and everything it printed. */
  record Run(int exitCode, String output) {}

  private static final List<String> CONNECTION_VARIABLES = List.of("DATABASE_URL", "RETORT_URL", "RETORT_USER",
      "RETORT_PASSWORD", "POSTGRES_HOST", "POSTGRES_PORT", "POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB");

  private FleetProcess() {}

  /**
   * Runs the jar with only {@code DATABASE_URL} set among the connection variables, in an empty
   * working directory (so no {@code .env} is read), and waits for it to exit.
   */
  static Run run(String databaseUrl, Path workingDirectory) throws Exception {
    Path jar = Path.of(System.getProperty("fleet.jar", "target/fleet.jar")).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " does not exist: build it with mvn package first");
    }
    Path log = Files.createTempFile(workingDirectory, "fleet", ".log");
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString())
        .directory(workingDirectory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> environment = builder.environment();
    CONNECTION_VARIABLES.forEach(environment::remove);
    environment.put("DATABASE_URL", databaseUrl);
    Process process = builder.start();
    // A guard against a hung boot, not a timing assertion: a boot takes seconds.
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("the service did not exit within 5 minutes:\n" + Files.readString(log));
    }
    return new Run(process.exitValue(), Files.readString(log));
  }

  /** {@code db} as the {@code postgresql://user:password@host:port/name} URL that services read from DATABASE_URL. */
  static String databaseUrl(TestDatabase db) {
    String jdbc = db.jdbcUrl();
    if (!jdbc.startsWith("jdbc:postgresql://")) {
      throw new IllegalStateException("not a host-based PostgreSQL JDBC URL: " + jdbc);
    }
    String credentials = encode(db.user()) + (db.password().isEmpty() ? "" : ":" + encode(db.password()));
    return "postgresql://" + credentials + "@" + jdbc.substring("jdbc:postgresql://".length());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
