package dev.retort.sample.fleetboot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.json.JsonParserFactory;

/**
 * The built service, {@code target/fleet-boot.jar}, started as its own {@code java -jar} process
 * the way a user starts it, on a random port, until {@link #close()} stops it as Ctrl-C would.
 */
final class FleetBootProcess implements AutoCloseable {

  /** An HTTP answer of the service: its status and its JSON body. */
  record Answer(int status, String body) {

    Map<String, Object> json() {
      return JsonParserFactory.getJsonParser().parseMap(body);
    }
  }

  private static final Pattern ENDPOINT = Pattern.compile("Retort's history: (http://localhost:\\d+)/actuator/retort");

  private final Process process;
  private final Path log;
  private final String baseUrl;

  private FleetBootProcess(Process process, Path log, String baseUrl) {
    this.process = process;
    this.log = log;
    this.baseUrl = baseUrl;
  }

  /**
   * Starts the jar with {@code arguments} after {@code --server.port=0}, with no
   * {@code SPRING_DATASOURCE_*} in its environment, and returns once it says it is up.
   */
  static FleetBootProcess start(Path workingDirectory, String... arguments) throws Exception {
    Path jar = Path.of(System.getProperty("fleet-boot.jar", "target/fleet-boot.jar")).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " does not exist: build it with mvn package first");
    }
    Path log = Files.createTempFile(workingDirectory, "fleet-boot", ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(), "--server.port=0"));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(workingDirectory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE_"));
    Process process = builder.start();
    // A guard against a hung start, not a timing assertion: a start takes seconds.
    long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < giveUp) {
      Matcher up = ENDPOINT.matcher(Files.readString(log));
      if (up.find()) {
        return new FleetBootProcess(process, log, up.group(1));
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("the service exited with " + process.exitValue() + " before it was up:\n"
            + Files.readString(log));
      }
      Thread.sleep(200);
    }
    process.destroyForcibly();
    throw new IllegalStateException("the service was not up within 5 minutes:\n" + Files.readString(log));
  }

  /** GETs {@code path} from the service. */
  Answer get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(baseUrl + path)).build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body());
  }

  /** Everything the service has printed so far. */
  String output() throws IOException {
    return Files.readString(log);
  }

  /** Stops the service with SIGTERM, as Ctrl-C or a container runtime does, and waits for it to exit. */
  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
  }
}
