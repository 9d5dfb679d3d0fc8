package dev.retort.runtime;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.runtime.tooling.EnvFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a migration's statements may wait, and how often a revision that waited too long for a
 * lock is tried again: each statement runs with PostgreSQL's {@code lock_timeout} set to
 * {@code lockWaitTimeout} (a revision may declare its own), and with {@code statement_timeout} set to
 * {@code statementTimeout} when one is given; a revision whose statement times out waiting for a lock
 * is rolled back and tried up to {@code lockRetries} more times, after a backoff that doubles from
 * one second up to {@link #MAX_BACKOFF}.
 *
 * @param statementTimeout null to leave the session's {@code statement_timeout} as it is
 */
public record LockWaitPolicy(Duration lockWaitTimeout, int lockRetries, Duration statementTimeout) {

  /**
   * The default lock wait. A DDL statement waiting for its lock makes every later query on the table
   * queue behind it, so the wait is the longest stall the application sees; five seconds is shorter
   * than the request timeouts of most services, and far longer than the transactions of a healthy one.
   */
  public static final Duration DEFAULT_LOCK_WAIT_TIMEOUT = Duration.ofSeconds(5);

  /** The default number of retries after a lock wait times out. */
  public static final int DEFAULT_LOCK_RETRIES = 3;

  /** The longest pause between two attempts of a revision. */
  public static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  /** Chooses {@code lockWaitTimeout}. */
  public static final String LOCK_WAIT_TIMEOUT_VARIABLE = "RETORT_LOCK_WAIT_TIMEOUT";

  /** Chooses {@code lockRetries}. */
  public static final String LOCK_RETRIES_VARIABLE = "RETORT_LOCK_RETRIES";

  /** Chooses {@code statementTimeout}. */
  public static final String STATEMENT_TIMEOUT_VARIABLE = "RETORT_STATEMENT_TIMEOUT";

  /** Wait five seconds for a lock, retry three times, no statement timeout. */
  public static final LockWaitPolicy DEFAULTS = new LockWaitPolicy(DEFAULT_LOCK_WAIT_TIMEOUT, DEFAULT_LOCK_RETRIES, null);

  public LockWaitPolicy {
    Objects.requireNonNull(lockWaitTimeout, "lockWaitTimeout");
    if ((lockWaitTimeout.isNegative() || lockWaitTimeout.isZero())) {
      throw new IllegalArgumentException("the lock wait timeout must be positive: " + lockWaitTimeout);
    }
    if (lockRetries < 0) {
      throw new IllegalArgumentException("lock retries must not be negative: " + lockRetries);
    }
    if (statementTimeout != null && (statementTimeout.isNegative() || statementTimeout.isZero())) {
      throw new IllegalArgumentException("the statement timeout must be positive: " + statementTimeout);
    }
  }

  /** The statement timeout, if one is set. */
  public Optional<Duration> statementTimeoutIfSet() {
    return Optional.ofNullable(statementTimeout);
  }

  /** The pause before retry {@code retry} (from 1): one second, doubled each time, at most {@link #MAX_BACKOFF}. */
  public static Duration backoff(int retry) {
    long seconds = 1L << Math.min(Math.max(retry - 1, 0), 5);
    return Duration.ofSeconds(Math.min(seconds, MAX_BACKOFF.toSeconds()));
  }

  /**
   * The {@link #DEFAULTS}, each replaced by its variable ({@code RETORT_LOCK_WAIT_TIMEOUT},
   * {@code RETORT_LOCK_RETRIES}, {@code RETORT_STATEMENT_TIMEOUT}) where the environment, else
   * {@code ./.env}, sets it.
   *
   * @throws RetortException (RTR-705) naming the variable when a value is not a duration or a count
   */
  public static LockWaitPolicy fromEnvironment() {
    return fromEnvironment(System.getenv(), Path.of(""));
  }

  /** As {@link #fromEnvironment()}, with the environment and the directory of {@code .env} given. */
  public static LockWaitPolicy fromEnvironment(Map<String, String> environment, Path workingDirectory) {
    Map<String, String> variables = new HashMap<>(EnvFile.read(workingDirectory.resolve(".env")));
    environment.forEach((name, value) -> {
      if (value != null && !value.isBlank()) {
        variables.put(name, value);
      }
    });
    Duration lockWait = duration(variables, LOCK_WAIT_TIMEOUT_VARIABLE);
    Duration statement = duration(variables, STATEMENT_TIMEOUT_VARIABLE);
    String retries = variables.get(LOCK_RETRIES_VARIABLE);
    int lockRetries = DEFAULT_LOCK_RETRIES;
    if (retries != null && !retries.isBlank()) {
      try {
        lockRetries = Integer.parseInt(retries.strip());
      } catch (NumberFormatException e) {
        lockRetries = -1;
      }
      if (lockRetries < 0) {
        throw new RetortException(Message.CONNECTION_SETTING_INVALID, LOCK_RETRIES_VARIABLE, retries,
            "is not a number of retries (0 or more)");
      }
    }
    return new LockWaitPolicy(lockWait != null ? lockWait : DEFAULT_LOCK_WAIT_TIMEOUT, lockRetries, statement);
  }

  private static Duration duration(Map<String, String> variables, String name) {
    String value = variables.get(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    Duration duration;
    try {
      duration = Durations.parse(value);
    } catch (IllegalArgumentException e) {
      throw new RetortException(Message.CONNECTION_SETTING_INVALID, name, value,
          "is not a duration (write 500ms, 30s, 10m, 1h or PT90S)");
    }
    if ((duration.isNegative() || duration.isZero())) {
      throw new RetortException(Message.CONNECTION_SETTING_INVALID, name, value, "is not a positive duration");
    }
    return duration;
  }
}
