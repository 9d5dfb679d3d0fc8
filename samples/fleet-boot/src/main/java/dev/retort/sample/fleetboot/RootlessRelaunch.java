package dev.retort.sample.fleetboot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL refuses to run as root, so a run as root that needs the embedded server starts the
 * same command again inside a new user namespace ({@code unshare -U}), where the process is not
 * root any more but still owns its files. Containers and CI machines often run as root.
 */
final class RootlessRelaunch {

  /** Set in the relaunched process, so that it never relaunches again. */
  static final String MARKER = "FLEET_BOOT_RELAUNCHED_WITHOUT_ROOT";

  private RootlessRelaunch() {}

  /**
   * Whether this process must relaunch: it runs as root, has not relaunched yet, and names no
   * database in the places a Boot user names it on the command line or in the environment
   * ({@code --spring.datasource.url}, {@code -Dspring.datasource.url}, {@code SPRING_DATASOURCE_URL}).
   */
  static boolean needed(String[] args) {
    boolean databaseNamed = System.getenv("SPRING_DATASOURCE_URL") != null
        || System.getProperty("spring.datasource.url") != null
        || Arrays.stream(args).anyMatch(arg -> arg.startsWith("--spring.datasource.url="));
    return System.getenv(MARKER) == null && !databaseNamed && isRoot();
  }

  /** Runs this process's own command line under {@code unshare -U} and returns its exit code. */
  static int run() throws IOException, InterruptedException {
    ProcessHandle.Info self = ProcessHandle.current().info();
    if (self.command().isEmpty() || self.arguments().isEmpty()) {
      System.err.println("Running as root, the embedded PostgreSQL needs a relaunch under `unshare -U`, but this"
          + " platform does not tell the process its command line. Run as another user, or set"
          + " SPRING_DATASOURCE_URL to a running PostgreSQL.");
      return 2;
    }
    List<String> command = new ArrayList<>(List.of("unshare", "-U", self.command().get()));
    command.addAll(Arrays.asList(self.arguments().get()));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put(MARKER, "1");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      System.err.println("Running as root, the embedded PostgreSQL needs `unshare -U` (util-linux), which could not"
          + " be started (" + e.getMessage() + "). Run as another user, or set SPRING_DATASOURCE_URL to a running"
          + " PostgreSQL.");
      return 2;
    }
    // The relaunched service stops with this one (Ctrl-C, SIGTERM), not after it.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      process.destroy();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));
    return process.waitFor();
  }

  /** The effective user id from /proc (Linux); elsewhere, the user name. */
  private static boolean isRoot() {
    Path status = Path.of("/proc/self/status");
    if (Files.isReadable(status)) {
      try {
        for (String line : Files.readAllLines(status)) {
          if (line.startsWith("Uid:")) {
            return "0".equals(line.substring(4).trim().split("\\s+")[1]);
          }
        }
      } catch (IOException e) {
        // Fall through to the user name.
      }
    }
    return "root".equals(System.getProperty("user.name"));
  }
}
