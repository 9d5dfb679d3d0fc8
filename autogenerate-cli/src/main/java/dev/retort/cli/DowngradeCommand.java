package dev.retort.cli;

import dev.retort.runtime.Retort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort downgrade [-N | REV | base]}: undoes applied revisions, or prints their SQL with --sql. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
    description = "Undo applied revisions down to the target, newest first, each in its own transaction.")
final class DowngradeCommand extends ProjectCommand {

  @Parameters(index = "0", paramLabel = "TARGET",
      description = "-N for the last N revisions, a revision id or unique prefix (it stays applied), or base;"
          + " with --sql, a range FROM:TO such as head:base.")
  String target;

  @Option(names = "--sql", description = "Print the SQL script instead of running it (offline; no database needed).")
  boolean sql;

  @Override
  int execute() {
    if (sql) {
      return SqlCommand.print(this, target.contains(":") ? target : "head:" + target);
    }
    Retort retort = connected(false, new Progress(console(), "Undoing", shortIds()));
    Reports.print(console(), shortIds(), retort.downgrade(target(retort, target)));
    return 0;
  }
}
