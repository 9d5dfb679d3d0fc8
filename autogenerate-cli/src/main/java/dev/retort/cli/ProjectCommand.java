package dev.retort.cli;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.runtime.ConnectionSettings;
import dev.retort.runtime.FutureRevisionPolicy;
import dev.retort.runtime.LockWaitPolicy;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.Retort;
import dev.retort.runtime.tooling.Redaction;
import dev.retort.runtime.tooling.ShortIds;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

/** A command over the compiled application's migrations, with a database when one is given. */
abstract class ProjectCommand extends BaseCommand {

  @Mixin ProjectOptions projectOptions;

  @Mixin ConnectionOptions connectionOptions;

  private Project project;

  private ShortIds shortIds;

  Project project() {
    if (project == null) {
      project = new Project(projectOptions, workingDirectory(), spec.name());
    }
    return project;
  }

  /**
   * The short forms of revision ids this command shows people: unique among the build's revisions,
   * which is what a typed id or prefix is read against.
   */
  ShortIds shortIds() {
    if (shortIds == null) {
      shortIds = ShortIds.of(project().migrations().stream().map(migration -> migration.revision().id()).toList());
    }
    return shortIds;
  }

  /** The runtime over the project's migrations and the required database. */
  Retort connected(boolean allowBranches, MigrationListener listener, String... acceptedChecksums) {
    ConnectRetries retries = connectionOptions.retries(spec.commandLine());
    return configure(allowBranches, listener, acceptedChecksums)
        .connection(connectionOptions.required(spec.name()))
        .connectRetries(retries.retries(), retries.interval())
        .load();
  }

  /** The runtime over the project's migrations, with the database when one is configured. */
  Retort maybeConnected(boolean allowBranches) {
    Retort.Builder builder = configure(allowBranches, MigrationListener.NONE);
    Optional<ConnectionSettings> settings = connectionOptions.optional();
    settings.ifPresent(builder::connection);
    if (settings.isPresent()) {
      ConnectRetries retries = connectionOptions.retries(spec.commandLine());
      builder.connectRetries(retries.retries(), retries.interval());
    }
    return builder.load();
  }

  /** A refused connection also says where its settings came from and what to check (RTR-1132). */
  @Override
  RuntimeException explained(RetortException failure) {
    if (BUILD_MISSING.contains(failure.catalogEntry())) {
      return conflictIn(projectOptions.sourceRoot != null ? workingDirectory().resolve(projectOptions.sourceRoot)
          : workingDirectory().resolve("src/main/java"), failure);
    }
    if (failure.catalogEntry() != Message.CONNECTION_FAILED) {
      return failure;
    }
    String where = connectionOptions.optional().map(s -> Redaction.ofUrl(s.jdbcUrl())).orElse("the configured address");
    return new DiagnosedFailure(failure, CliMessage.CLI_CONNECTION_ADVICE.format(connectionOptions.origin().description(),
        ConnectionOrigin.advice(failure.getCause(), where)));
  }

  /** The failures of a build that is missing or stale, which an unresolved merge conflict explains better. */
  private static final java.util.Set<CliMessage> BUILD_MISSING = java.util.EnumSet.of(CliMessage.CLI_NO_CLASSES,
      CliMessage.CLI_NO_INDEX, CliMessage.CLI_NO_MODEL, CliMessage.CLI_STALE_BUILD, CliMessage.CLI_NO_PACKAGE);

  /** A merge conflict under {@code sourceRoot} as the reason for {@code failure}, or the failure itself when there is none. */
  private RuntimeException conflictIn(java.nio.file.Path sourceRoot, RetortException failure) {
    return ConflictMarkers.find(sourceRoot).<RuntimeException>map(conflict -> new RetortException(failure,
        CliMessage.CLI_UNRESOLVED_CONFLICT, conflict.file(), conflict.line(), spec.name(),
        conflict.inSnapshot()
            ? "Two branches each added a migration after the same head: run retort merge -m \"merge heads\" (with"
                + " --package and --source-root when no build is left), which writes the merge revision and replaces the"
                + " conflicted snapshot, then compile and run the command again."
            : "Resolve the conflict in that file, then compile (mvn compile) and run the command again."))
        .orElse(failure);
  }

  /**
   * A target for the runtime: a relative expression such as {@code current+1} or {@code head-2}
   * resolved to its revision (or base); head, base, +N, -N, an id or a prefix as given, which the
   * runtime reads itself.
   */
  static String target(Retort retort, String text) {
    if (!text.matches(".+[+-]\\d+") || retort.revisions().stream().anyMatch(r -> r.id().equals(text))) {
      return text;
    }
    String id = new RevisionExpression(retort, retort::current).single(text);
    return id == null ? "base" : id;
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

  /** The lock waits: each flag, else its RETORT_LOCK_* / RETORT_STATEMENT_TIMEOUT variable, else the runtime's default. */
  LockWaitPolicy lockWaits() {
    LockWaitPolicy environment = LockWaitPolicy.fromEnvironment(System.getenv(), workingDirectory());
    if (projectOptions.lockRetries != null && projectOptions.lockRetries < 0) {
      throw new ParameterException(spec.commandLine(), "--lock-retries must be 0 or more, not " + projectOptions.lockRetries);
    }
    if (isNotPositive(projectOptions.lockWaitTimeout) || isNotPositive(projectOptions.statementTimeout)) {
      throw new ParameterException(spec.commandLine(), "--lock-wait-timeout and --statement-timeout must be positive");
    }
    return new LockWaitPolicy(
        projectOptions.lockWaitTimeout != null ? projectOptions.lockWaitTimeout : environment.lockWaitTimeout(),
        projectOptions.lockRetries != null ? projectOptions.lockRetries : environment.lockRetries(),
        projectOptions.statementTimeout != null ? projectOptions.statementTimeout : environment.statementTimeout());
  }

  private static boolean isNotPositive(java.time.Duration duration) {
    return duration != null && (duration.isNegative() || duration.isZero());
  }

  private Retort.Builder configure(boolean allowBranches, MigrationListener listener, String... acceptedChecksums) {
    return Retort.configure()
        .migrations(project().migrations())
        .allowBranches(allowBranches)
        .historyTable(projectOptions.historyTable)
        .historySchema(projectOptions.historySchema)
        .lockTimeout(projectOptions.lockTimeout)
        .lockWaits(lockWaits())
        .futureRevisions(futureRevisions())
        .acceptChecksumChange(acceptedChecksums)
        .listener(listener);
  }
}
