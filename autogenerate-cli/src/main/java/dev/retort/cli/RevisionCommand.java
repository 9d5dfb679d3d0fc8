package dev.retort.cli;

import dev.retort.message.RetortException;
import dev.retort.design.Engine;
import dev.retort.snapshot.Snapshot;
import java.sql.SQLException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code retort revision -m MSG}: an empty migration after the head, for a hand-written data
 * migration; with {@code --autogenerate}, the same as {@code retort autogenerate}.
 */
@Command(name = "revision", mixinStandardHelpOptions = true,
    description = "Write an empty migration after the head, for a hand-written data migration;"
        + " with --autogenerate, fill it from the entities' changes (as retort autogenerate).")
final class RevisionCommand extends AutogenerateCommand {

  @Option(names = "--autogenerate", description = "Fill the migration from the entities' changes.")
  boolean autogenerate;

  @Override
  int execute() throws SQLException {
    if (autogenerate) {
      return autogenerate();
    }
    if (againstDb) {
      throw new RetortException(CliMessage.CLI_AGAINST_DB_NEEDS_AUTOGENERATE);
    }
    if (message == null || message.isBlank()) {
      throw new RetortException(CliMessage.CLI_MESSAGE_REQUIRED, spec.qualifiedName());
    }
    Snapshot committed = project().snapshot();
    String head = singleHead(committed, MigrationSources.load(project()));
    Engine.Generation generation = Engine.emptyRevision(committed.at(head), message, now(), layout());
    MigrationFiles.write(generation);
    report(generation.headFile(), generation.head().revision().id(),
        List.of("(empty: write the data migration in upgrade and downgrade)"), List.of());
    return 0;
  }
}
