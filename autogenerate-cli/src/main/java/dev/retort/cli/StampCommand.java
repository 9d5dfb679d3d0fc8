package dev.retort.cli;

import dev.retort.runtime.Retort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort stamp REV}: records the database as being at a revision without running anything. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
    description = "Record the database as being at REV without running any migration: for a database whose"
        + " schema was created another way.")
final class StampCommand extends ProjectCommand {

  @Parameters(index = "0", paramLabel = "REV", description = "head, base, or a revision id or unique prefix.")
  String target;

  @Override
  int execute() {
    Retort retort = connected(false, new Progress(console(), "Stamping", shortIds()));
    Reports.print(console(), shortIds(), retort.stamp(target(retort, target)));
    return 0;
  }
}
