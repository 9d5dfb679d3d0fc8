package dev.retort.design;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file the engine asks to write into the source tree: a new migration's source, which must never
 * replace a file, or the snapshot, which replaces the committed one.
 */
public record OutputFile(Path path, String text, Kind kind) {

  /** What the file is, which decides the order of writing and whether it may replace a file. */
  public enum Kind {
    /** A new migration class's source. */
    MIGRATION,
    /** The schema snapshot at the new head. */
    SNAPSHOT
  }

  public OutputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }
}
