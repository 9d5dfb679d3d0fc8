package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.retort.testing.ShortLivedJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One run of the retort command as a separate process: its exit code and both output streams. */
record CliRun(List<String> command, int exitCode, String out, String err) {

  /** The variables a run never inherits from the test's own environment, so that each test says what it gives. */
  private static final List<String> CONNECTION_VARIABLES = List.of("RETORT_URL", "RETORT_USER", "RETORT_PASSWORD",
      "DATABASE_URL", "RETORT_FUTURE_REVISIONS", "RETORT_LOCK_WAIT_TIMEOUT", "RETORT_LOCK_RETRIES",
      "RETORT_STATEMENT_TIMEOUT", "POSTGRES_HOST", "POSTGRES_PORT", "POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB", "NO_COLOR");

  /** Runs {@code java -jar retort.jar args} in {@code directory}. */
  static CliRun jar(Path directory, Map<String, String> environment, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(ShortLivedJvm.OPTIONS);
    command.addAll(List.of("-jar", jarPath().toString()));
    command.addAll(List.of(args));
    return run(directory, environment, command);
  }

  /** Runs the {@code retort} launcher script with {@code args}. */
  static CliRun launcher(Path directory, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(System.getProperty("retort.launcher")));
    command.addAll(List.of(args));
    return run(directory, environment, command);
  }

  /** Runs the launcher script through {@code script}, a path that may be a symbolic link to it. */
  static CliRun launcherAt(Path script, Path directory, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(script.toString()));
    command.addAll(List.of(args));
    return run(directory, environment, command);
  }

  /** The launcher script this module ships. */
  static Path launcherPath() {
    return Path.of(System.getProperty("retort.launcher"));
  }

  static Path jarPath() {
    Path jar = Path.of(System.getProperty("retort.jar", "target/retort.jar"));
    assertTrue(Files.exists(jar), jar + " is built by the package phase before the integration tests");
    return jar;
  }

  private static CliRun run(Path directory, Map<String, String> environment, List<String> command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    CONNECTION_VARIABLES.forEach(builder.environment()::remove);
    builder.environment().putAll(environment);
    Process process = builder.start();
    process.getOutputStream().close();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("retort did not finish within 180 s: " + command);
    }
    return new CliRun(command, process.exitValue(), out.join(), err.join());
  }

  private static String read(java.io.InputStream stream) {
    try {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Asserts the exit code, showing the whole run when it differs. */
  CliRun exits(int expected) {
    assertEquals(expected, exitCode, this::describe);
    return this;
  }

  /** Asserts that standard output contains each text. */
  CliRun prints(String... texts) {
    for (String text : texts) {
      assertTrue(out.contains(text), () -> "stdout should contain <" + text + ">\n" + describe());
    }
    return this;
  }

  /** Asserts that standard error contains each text. */
  CliRun complains(String... texts) {
    for (String text : texts) {
      assertTrue(err.contains(text), () -> "stderr should contain <" + text + ">\n" + describe());
    }
    return this;
  }

  /** Asserts that neither stream contains {@code secret}. */
  CliRun neverShows(String secret) {
    assertTrue(!out.contains(secret) && !err.contains(secret), () -> "the output shows <" + secret + ">\n" + describe());
    return this;
  }

  /** Standard output parsed as JSON. */
  JsonElement json() {
    return JsonParser.parseString(out);
  }

  String describe() {
    return "$ " + String.join(" ", command.subList(Math.min(1, command.size()), command.size())) + "\nexit " + exitCode
        + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
