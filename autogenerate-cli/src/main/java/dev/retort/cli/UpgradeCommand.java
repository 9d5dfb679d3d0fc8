package dev.retort.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort upgrade [head | +N | REV]}: applies pending revisions, or prints their SQL with --sql. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
    description = "Apply pending revisions up to the target, each in its own transaction, under the migration lock.")
final class UpgradeCommand extends ProjectCommand {

  @Parameters(index = "0", arity = "0..1", defaultValue = "head", paramLabel = "TARGET",
      description = "head (default), +N for the next N revisions, or a revision id or unique prefix;"
          + " with --sql, a range FROM:TO.")
  String target;

  @Option(names = "--sql", description = "Print the SQL script instead of running it (offline; no database needed).")
  boolean sql;

  @Option(names = "--accept-checksum", paramLabel = "REV",
      description = "Accept that revision REV was edited after it was applied, and record its new checksum.")
  List<String> acceptedChecksums = List.of();

  @Override
  int execute() {
    if (sql) {
      return SqlCommand.print(this, target.contains(":") ? target : "base:" + target);
    }
    Reports.print(console(), connected(false, new Progress(console(), "Applying"), acceptedChecksums.toArray(String[]::new))
        .upgrade(target));
    return 0;
  }
}
