package dev.retort.cli;

import dev.retort.runtime.Durations;
import java.time.Duration;
import picocli.CommandLine;

/** Reads durations as the runtime does ({@link Durations#parse}), as a picocli converter. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

  @Override
  public Duration convert(String value) {
    try {
      return Durations.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
