package dev.retort.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A test class's {@code main} run in a JVM of its own, the way a service instance boots: its
 * standard output and error are collected line by line, its standard input can release it, and it
 * can be killed with SIGKILL.
 */
final class ChildJvm implements AutoCloseable {

  /** How long any single wait on a child may last before the test fails as hung. */
  private static final long HANG_MINUTES = 5;

  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final Thread reader;

  private ChildJvm(Process process) {
    this.process = process;
    this.reader = new Thread(this::collect, "child-jvm-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code mainClass} with the test class path, the JVM options and the arguments. */
  static ChildJvm start(List<String> jvmOptions, Class<?> mainClass, String... args) throws IOException {
    return startIn(null, jvmOptions, mainClass, args);
  }

  /** As {@link #start}, with {@code workingDirectory} as the child's working directory (null: this one's). */
  static ChildJvm startIn(Path workingDirectory, List<String> jvmOptions, Class<?> mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (workingDirectory != null) {
      builder.directory(workingDirectory.toFile());
    }
    return new ChildJvm(builder.start());
  }

  private void collect() {
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        synchronized (lines) {
          lines.add(line);
          lines.notifyAll();
        }
      }
    } catch (IOException e) {
      // The child was killed; what it printed so far stays collected.
    } finally {
      synchronized (lines) {
        lines.add(null);
        lines.notifyAll();
      }
    }
  }

  /**
   * Waits for the first line that {@code wanted} accepts and returns it, or null when the child
   * ended without printing one.
   */
  String await(Predicate<String> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(HANG_MINUTES);
    synchronized (lines) {
      int seen = 0;
      while (true) {
        for (; seen < lines.size(); seen++) {
          String line = lines.get(seen);
          if (line == null) {
            return null;
          }
          if (wanted.test(line)) {
            return line;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("child JVM " + process.pid() + " printed nothing expected for " + HANG_MINUTES
              + " minutes; it printed:\n" + output());
        }
        lines.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
      }
    }
  }

  /** Writes a line to the child's standard input. */
  void send(String line) throws IOException {
    OutputStream in = process.getOutputStream();
    in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  /** Kills the child with SIGKILL, as {@code kill -9} does, and waits until it is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Waits for the child to exit and returns its exit code. */
  int exitCode() throws InterruptedException {
    if (!process.waitFor(HANG_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("child JVM " + process.pid() + " hung; it printed:\n" + output());
    }
    reader.join(TimeUnit.MINUTES.toMillis(1));
    return process.exitValue();
  }

  /** Whether the child is still running. */
  boolean alive() {
    return process.isAlive();
  }

  /** Everything the child printed so far. */
  String output() {
    synchronized (lines) {
      StringBuilder text = new StringBuilder();
      for (String line : lines) {
        if (line != null) {
          text.append(line).append('\n');
        }
      }
      return text.toString();
    }
  }

  /** The value after {@code prefix} on the first line that starts with it, or null. */
  String value(String prefix) {
    synchronized (lines) {
      for (String line : lines) {
        if (line != null && line.startsWith(prefix)) {
          return line.substring(prefix.length()).trim();
        }
      }
      return null;
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
