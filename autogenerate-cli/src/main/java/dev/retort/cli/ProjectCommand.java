package dev.retort.cli;

import dev.retort.runtime.ConnectionSettings;
import dev.retort.runtime.FutureRevisionPolicy;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.Retort;
import java.util.Optional;
import picocli.CommandLine.Mixin;

/** A command over the compiled application's migrations, with a database when one is given. */
abstract class ProjectCommand extends BaseCommand {

  @Mixin ProjectOptions projectOptions;

  @Mixin ConnectionOptions connectionOptions;

  private Project project;

  Project project() {
    if (project == null) {
      project = new Project(projectOptions, workingDirectory(), spec.name());
    }
    return project;
  }

  /** The runtime over the project's migrations and the required database. */
  Retort connected(boolean allowBranches, MigrationListener listener, String... acceptedChecksums) {
    return configure(allowBranches, listener, acceptedChecksums)
        .connection(connectionOptions.required(spec.name()))
        .load();
  }

  /** The runtime over the project's migrations, with the database when one is configured. */
  Retort maybeConnected(boolean allowBranches) {
    Retort.Builder builder = configure(allowBranches, MigrationListener.NONE);
    Optional<ConnectionSettings> settings = connectionOptions.optional();
    settings.ifPresent(builder::connection);
    return builder.load();
  }

  /** Whether a database is configured. */
  boolean hasDatabase() {
    return connectionOptions.optional().isPresent();
  }

  /** The future-revisions policy: --future-revisions, else RETORT_FUTURE_REVISIONS, else ignore. */
  FutureRevisionPolicy futureRevisions() {
    if (projectOptions.futureRevisions != null) {
      return FutureRevisionPolicy.parse("--future-revisions", projectOptions.futureRevisions);
    }
    return FutureRevisionPolicy.fromEnvironment(System.getenv(), workingDirectory()).orElse(FutureRevisionPolicy.IGNORE);
  }

  private Retort.Builder configure(boolean allowBranches, MigrationListener listener, String... acceptedChecksums) {
    return Retort.configure()
        .migrations(project().migrations())
        .allowBranches(allowBranches)
        .historyTable(projectOptions.historyTable)
        .historySchema(projectOptions.historySchema)
        .lockTimeout(projectOptions.lockTimeout)
        .futureRevisions(futureRevisions())
        .acceptChecksumChange(acceptedChecksums)
        .listener(listener);
  }
}
