package dev.retort.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * Measured figures (times, counts, peak heap) that the tests report but never assert on: printed,
 * and appended to {@code target/reliability-figures.txt} for docs/reliability.md.
 */
final class Figures {

  private Figures() {}

  /** Records one figure line, prefixed with the size it was measured at. */
  static synchronized void record(String format, Object... args) {
    String line = "[" + Size.name() + "] " + String.format(Locale.ROOT, format, args);
    System.out.println("FIGURE " + line);
    String file = System.getProperty("reliability.figures");
    if (file == null) {
      return;
    }
    try {
      Files.write(Path.of(file), List.of(line), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The median of some measurements. */
  static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
