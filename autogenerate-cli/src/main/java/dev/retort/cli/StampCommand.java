package dev.retort.cli;

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
    Reports.print(console(), connected(false, new Progress(console(), "Stamping")).stamp(target));
    return 0;
  }
}
