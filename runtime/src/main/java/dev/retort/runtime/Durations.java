package dev.retort.runtime;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads durations as people write them ({@code 500ms}, {@code 30s}, {@code 10m}, {@code 1h}, bare seconds) or in ISO-8601. */
public final class Durations {

  private Durations() {}

  /**
   * The duration {@code value} writes.
   *
   * @throws IllegalArgumentException when it is none, with a message that says how to write one
   */
  public static Duration parse(String value) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    try {
      if (text.startsWith("p")) {
        return Duration.parse(text.toUpperCase(Locale.ROOT));
      }
      if (text.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
      }
      long amount = Long.parseLong(text.substring(0, text.length() - 1));
      return switch (text.charAt(text.length() - 1)) {
        case 's' -> Duration.ofSeconds(amount);
        case 'm' -> Duration.ofMinutes(amount);
        case 'h' -> Duration.ofHours(amount);
        default -> Duration.ofSeconds(Long.parseLong(text));
      };
    } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a duration; write 500ms, 30s, 10m, 1h or an ISO-8601 duration such as PT90S", e);
    }
  }

  /** {@code duration} as {@link #parse} reads it back: {@code 500ms}, {@code 5s}, {@code 10m}, {@code 1h}. */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 1000 != 0) {
      return millis + "ms";
    }
    long seconds = millis / 1000;
    if (seconds != 0 && seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    if (seconds != 0 && seconds % 60 == 0) {
      return seconds / 60 + "m";
    }
    return seconds + "s";
  }
}
