package dev.retort.sample.fleet;

import dev.retort.message.RetortException;
import dev.retort.runtime.ConnectionSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PostgreSQL refuses to run as root, so a run as root that needs the embedded server starts the
 * service again inside a new user namespace ({@code unshare -U}), where the process is not root
 * any more but still owns its files. Containers and CI machines often run as root.
 */
final class RootlessRelaunch {

  /** Set in the relaunched process, so that it never relaunches again. */
  static final String MARKER = "FLEET_RELAUNCHED_WITHOUT_ROOT";

  private RootlessRelaunch() {}

  /** Whether this process must relaunch: it runs as root, will start the embedded server, and has not relaunched yet. */
  static boolean needed() {
    try {
      return System.getenv(MARKER) == null && ConnectionSettings.fromEnvironment().isEmpty() && isRoot();
    } catch (RetortException e) {
      return false; // A malformed DATABASE_URL: the boot itself reports it.
    }
  }

  /** Runs {@code mainClass} with {@code args} under {@code unshare -U} and returns its exit code. */
  static int run(Class<?> mainClass, String[] args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("unshare", "-U",
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put(MARKER, "1");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      System.out.println("Boot failed: running as root, the embedded PostgreSQL needs `unshare -U` (util-linux),"
          + " which could not be started (" + e.getMessage() + "). Run as another user, or set DATABASE_URL"
          + " to a running PostgreSQL.");
      return 2;
    }
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
