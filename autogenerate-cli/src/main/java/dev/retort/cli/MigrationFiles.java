package dev.retort.cli;

import dev.retort.design.Engine;
import dev.retort.design.OutputFiles;
import dev.retort.message.RetortException;

/** Writes the engine's files into the source tree, or stops the command with the reason one could not be written. */
final class MigrationFiles {

  private MigrationFiles() {}

  /** Writes {@code generation}'s migrations, then its snapshot; never overwrites a migration. */
  static void write(Engine.Generation generation) {
    try {
      OutputFiles.write(generation.files());
    } catch (OutputFiles.Failure e) {
      throw e.exists() ? new RetortException(CliMessage.CLI_FILE_EXISTS, e.path())
          : new RetortException(e, CliMessage.CLI_WRITE_FAILED, e.path(), e.getMessage());
    }
  }
}
