package dev.retort.cli;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.runtime.Durations;
import dev.retort.runtime.tooling.EnvFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How often to try a refused connection again, and how far apart: Flyway's connectRetries for a
 * database that is still starting beside the service. From the flags, else {@code
 * RETORT_CONNECT_RETRIES} and {@code RETORT_CONNECT_RETRY_INTERVAL} from the environment or {@code
 * .env}, else no retry, 1 second apart.
 */
record ConnectRetries(int retries, Duration interval) {

  static final String RETRIES_VARIABLE = "RETORT_CONNECT_RETRIES";
  static final String INTERVAL_VARIABLE = "RETORT_CONNECT_RETRY_INTERVAL";
  static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

  /** The retries the flags give (each may be null; the caller has checked them), else the environment's, else none. */
  static ConnectRetries of(Integer retriesFlag, Duration intervalFlag, Map<String, String> environment, Path workingDirectory) {
    Map<String, String> variables = new HashMap<>(EnvFile.read(workingDirectory.resolve(".env")));
    environment.forEach((name, value) -> {
      if (value != null && !value.isBlank()) {
        variables.put(name, value);
      }
    });
    int retries = retriesFlag != null ? retriesFlag : retries(variables.get(RETRIES_VARIABLE));
    Duration interval = intervalFlag != null ? intervalFlag : interval(variables.get(INTERVAL_VARIABLE));
    return new ConnectRetries(retries, interval);
  }

  private static int retries(String value) {
    if (value == null || value.isBlank()) {
      return 0;
    }
    try {
      int retries = Integer.parseInt(value.strip());
      if (retries >= 0) {
        return retries;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new RetortException(Message.CONNECTION_SETTING_INVALID, RETRIES_VARIABLE, value,
        "is not a number of retries (0 or more)");
  }

  private static Duration interval(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_INTERVAL;
    }
    Duration interval;
    try {
      interval = Durations.parse(value);
    } catch (IllegalArgumentException e) {
      throw new RetortException(Message.CONNECTION_SETTING_INVALID, INTERVAL_VARIABLE, value, "is not a duration (30s, 1m)");
    }
    if (interval.isNegative() || interval.isZero()) {
      throw new RetortException(Message.CONNECTION_SETTING_INVALID, INTERVAL_VARIABLE, value, "is not a positive duration");
    }
    return interval;
  }
}
