package dev.retort.processor;

import dev.retort.message.Message;
import dev.retort.read.NamingStrategy;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code -A} options of the processor, parsed and checked. */
public record ProcessorOptions(NamingStrategy naming, Mode mode) {

  /** Chooses the naming strategies: {@code jpa} (Hibernate's defaults) or {@code spring} (Spring Boot's). */
  public static final String NAMING = "retort.naming";
  /** Chooses what the processor does: {@code generate}, {@code check} or {@code off}. */
  public static final String MODE = "retort.mode";

  /** Every option the processor understands. */
  public static final Set<String> ALL = Set.of(NAMING, MODE);

  /** What the processor does on a compile. */
  public enum Mode {
    /** Reads the model, writes the snapshot and (later) generates migrations. */
    GENERATE,
    /** Reads the model and (later) fails when a migration is missing. */
    CHECK,
    /** Does nothing at all, for builds that must not touch migrations. */
    OFF
  }

  /** The options in {@code raw}; unknown values are reported and replaced by the defaults. */
  public static ProcessorOptions parse(Map<String, String> raw, Reporter reporter) {
    NamingStrategy naming = NamingStrategy.JPA;
    String namingValue = raw.get(NAMING);
    if (namingValue != null) {
      switch (namingValue.trim().toLowerCase(Locale.ROOT)) {
        case "jpa":
          naming = NamingStrategy.JPA;
          break;
        case "spring":
          naming = NamingStrategy.SPRING;
          break;
        default:
          reporter.error(null, Message.PROCESSOR_OPTION_INVALID, NAMING, namingValue, "jpa, spring");
      }
    }
    Mode mode = Mode.GENERATE;
    String modeValue = raw.get(MODE);
    if (modeValue != null) {
      try {
        mode = Mode.valueOf(modeValue.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        reporter.error(null, Message.PROCESSOR_OPTION_INVALID, MODE, modeValue,
            Arrays.stream(Mode.values()).map(m -> m.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
      }
    }
    return new ProcessorOptions(naming, mode);
  }
}
