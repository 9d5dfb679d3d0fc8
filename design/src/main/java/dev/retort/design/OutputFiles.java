package dev.retort.design;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes the engine's files into the source tree, for the processor and the CLI alike: every
 * migration first, never replacing a file, then the snapshot, because a snapshot without its
 * migration would hide the change for good.
 */
public final class OutputFiles {

  /** A file that could not be written; {@code exists} when it was a migration whose file was already there. */
  public static final class Failure extends Exception {

    private final Path path;
    private final boolean exists;

    Failure(Path path, IOException cause) {
      super(cause.getMessage(), cause);
      this.path = path;
      this.exists = cause instanceof FileAlreadyExistsException;
    }

    /** The file that was not written. */
    public Path path() {
      return path;
    }

    /** Whether a migration's file was already there (the engine never overwrites one). */
    public boolean exists() {
      return exists;
    }
  }

  private OutputFiles() {}

  /** Writes {@code files}: migrations, in the order given, then snapshots. */
  public static void write(List<OutputFile> files) throws Failure {
    for (OutputFile file : files) {
      if (file.kind() == OutputFile.Kind.MIGRATION) {
        write(file, StandardOpenOption.CREATE_NEW);
      }
    }
    for (OutputFile file : files) {
      if (file.kind() == OutputFile.Kind.SNAPSHOT) {
        write(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
      }
    }
  }

  private static void write(OutputFile file, StandardOpenOption... options) throws Failure {
    try {
      Path directory = file.path().toAbsolutePath().getParent();
      if (directory != null) {
        Files.createDirectories(directory);
      }
      Files.writeString(file.path(), file.text(), StandardCharsets.UTF_8, options);
    } catch (IOException e) {
      throw new Failure(file.path(), e);
    }
  }
}
