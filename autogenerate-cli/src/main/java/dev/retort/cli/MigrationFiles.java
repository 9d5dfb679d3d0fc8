package dev.retort.cli;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes a new migration and the snapshot that goes with it into the source tree, never overwriting a migration. */
final class MigrationFiles {

  private MigrationFiles() {}

  /** Writes {@code className}.java, then the snapshot; returns the migration's path. */
  static Path write(Project project, String className, String javaSource, String snapshotText) {
    Path source = writeSource(project, className, javaSource);
    try {
      Files.writeString(project.snapshotFile(), snapshotText, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RetortException(e, Message.CLI_WRITE_FAILED, project.snapshotFile(), e.getMessage());
    }
    return source;
  }

  /** Writes {@code className}.java alone: a part of a change split in several migrations, before the last. */
  static Path writeSource(Project project, String className, String javaSource) {
    Path directory = project.migrationsDirectory();
    Path source = directory.resolve(className + ".java");
    if (Files.exists(source)) {
      throw new RetortException(Message.CLI_FILE_EXISTS, source);
    }
    try {
      Files.createDirectories(directory);
      // The migration first: a snapshot without its migration would hide the change for good.
      Files.writeString(source, javaSource, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (IOException e) {
      throw new RetortException(e, Message.CLI_WRITE_FAILED, source, e.getMessage());
    }
    return source;
  }
}
