package dev.retort.cli;

import dev.retort.runtime.Retort;
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
      description = "Accept that revision REV (an id or unique prefix) was edited after it was applied, and record its"
          + " new checksum.")
  List<String> acceptedChecksums = List.of();

  /** The --accept-checksum revisions as full ids, each given as an id or a unique prefix. */
  private String[] acceptedRevisions() {
    if (acceptedChecksums.isEmpty()) {
      return new String[0];
    }
    Retort offline = Retort.configure().migrations(project().migrations()).allowBranches(true).load();
    return acceptedChecksums.stream().map(offline::resolve).toArray(String[]::new);
  }

  @Override
  int execute() {
    if (sql) {
      return SqlCommand.print(this, target.contains(":") ? target : "base:" + target);
    }
    Retort retort = connected(false, new Progress(console(), "Applying", shortIds()), acceptedRevisions());
    Reports.print(console(), shortIds(), retort.upgrade(target(retort, target)));
    return 0;
  }
}
