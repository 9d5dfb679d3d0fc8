package dev.retort.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts one child process (a JVM running {@link Probe}, or Python for Alembic), waits for it and
 * reads its {@code BENCH-RESULT} line. The child's output goes to a log file that is kept when it fails.
 */
final class Child {

  private static final Pattern RESULT = Pattern.compile(
      "BENCH-RESULT millis=([0-9.]+) heapMib=(-?[0-9.]+)(?: cpuMillis=([0-9.]+))? detail=(\\S*)");
  private static final long TIMEOUT_MINUTES = 60;

  /** What a child reported, and how long the whole process took from the harness's side. */
  record Result(double millis, double heapMib, double cpuMillis, String detail, double processMillis) {}

  private Child() {}

  /** The command line of a JVM child running {@code probe}. */
  static List<String> jvm(Environment env, List<String> jvmFlags, ProbeArgs probe) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(env.jvmFlags());
    command.addAll(jvmFlags);
    command.add("-cp");
    command.add(env.classPath());
    command.add(Probe.class.getName());
    command.addAll(probe.toArgs());
    return command;
  }

  static Result run(List<String> command, Path log) throws IOException, InterruptedException {
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    long started = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("child timed out after " + TIMEOUT_MINUTES + " min; its output is in " + log);
    }
    double processMillis = (System.nanoTime() - started) / 1e6;
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Matcher matcher = RESULT.matcher(output);
    if (process.exitValue() != 0 || !matcher.find()) {
      throw new IllegalStateException("child failed (exit " + process.exitValue() + "): " + String.join(" ", command)
          + "\n--- its output (" + log + ") ---\n" + tail(output));
    }
    Files.delete(log);
    return new Result(Double.parseDouble(matcher.group(1)), Double.parseDouble(matcher.group(2)),
        matcher.group(3) == null ? -1 : Double.parseDouble(matcher.group(3)), matcher.group(4), processMillis);
  }

  private static String tail(String output) {
    return output.length() <= 6000 ? output : "..." + output.substring(output.length() - 6000);
  }
}
