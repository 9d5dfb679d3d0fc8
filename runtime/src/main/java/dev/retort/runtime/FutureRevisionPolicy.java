package dev.retort.runtime;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.runtime.tooling.EnvFile;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a build does with revisions the database has applied but the build does not contain: the
 * revisions of a newer build, met by every rollback and by the old instances of a rolling deploy.
 * Whatever the policy, a build never applies its own revisions after them (that would run them out
 * of order) and never downgrades or stamps under them.
 */
public enum FutureRevisionPolicy {
  /**
   * The default, as Flyway's: when every revision of this build is applied, the boot succeeds with
   * a warning (RTR-310) naming the revisions it does not contain, and applies nothing.
   */
  IGNORE,
  /** Any applied revision this build does not contain stops the boot (RTR-302). */
  FAIL;

  /** The environment variable (or {@code .env} setting) that chooses the policy: {@code ignore} or {@code fail}. */
  public static final String VARIABLE = "RETORT_FUTURE_REVISIONS";

  /** The policy {@code RETORT_FUTURE_REVISIONS} names in the environment, else in {@code ./.env}; empty when unset. */
  public static Optional<FutureRevisionPolicy> fromEnvironment() {
    return fromEnvironment(System.getenv(), Path.of(""));
  }

  /** As {@link #fromEnvironment()}, with the environment and the directory of {@code .env} given. */
  public static Optional<FutureRevisionPolicy> fromEnvironment(Map<String, String> environment, Path workingDirectory) {
    String value = environment.get(VARIABLE);
    if (value == null || value.isBlank()) {
      value = EnvFile.read(workingDirectory.resolve(".env")).get(VARIABLE);
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(parse(VARIABLE, value));
  }

  /**
   * The policy {@code value} names ({@code ignore} or {@code fail}, in any case); {@code source}
   * names where it was given, for the error.
   */
  public static FutureRevisionPolicy parse(String source, String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RetortException(Message.FUTURE_REVISION_POLICY_INVALID, source, value);
    }
  }
}
