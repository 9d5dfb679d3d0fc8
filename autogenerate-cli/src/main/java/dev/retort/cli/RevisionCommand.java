package dev.retort.cli;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Revision;
import dev.retort.render.java.MigrationNames;
import dev.retort.render.java.MigrationSource;
import dev.retort.render.java.MigrationWriter;
import dev.retort.snapshot.Snapshot;
import dev.retort.snapshot.SnapshotFormat;
import java.nio.file.Path;
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
      throw new RetortException(Message.CLI_AGAINST_DB_NEEDS_AUTOGENERATE);
    }
    if (message == null || message.isBlank()) {
      throw new RetortException(Message.CLI_MESSAGE_REQUIRED, spec.qualifiedName());
    }
    Snapshot committed = project().snapshot();
    String head = singleHead(committed);
    MigrationNames.Name name = MigrationNames.of(now(), message.strip());
    Revision revision = head == null ? Revision.base(name.revisionId(), message.strip())
        : Revision.of(name.revisionId(), head, message.strip());
    MigrationSource source = new MigrationSource(project().migrationPackage(), name.className(), revision,
        message.strip(), List.of(), List.of());
    // The snapshot moves to the new head with the schema unchanged, so the next migration follows this one.
    String snapshotText = SnapshotFormat.write(new Snapshot(revision.id(), committed.model()));
    Path file = MigrationFiles.write(project(), name.className(), MigrationWriter.render(source), snapshotText);
    report(file, revision.id(), List.of("(empty: write the data migration in upgrade and downgrade)"), List.of());
    return 0;
  }
}
