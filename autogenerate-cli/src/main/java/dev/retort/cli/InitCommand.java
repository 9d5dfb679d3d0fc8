package dev.retort.cli;

import picocli.CommandLine.Command;

/** {@code retort init}: creates the history table and applies every migration. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Create the history table and apply every migration: the first deploy of a new database.")
final class InitCommand extends ProjectCommand {

  @Override
  int execute() {
    Reports.print(console(), shortIds(), connected(false, new Progress(console(), "Applying", shortIds())).upgrade("head"));
    return 0;
  }
}
