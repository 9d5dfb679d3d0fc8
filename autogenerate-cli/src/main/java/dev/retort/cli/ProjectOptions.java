package dev.retort.cli;

import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Where the compiled application is, where its migrations are written, and where its history is kept. */
final class ProjectOptions {

  @Option(names = {"--classpath", "-cp"}, paramLabel = "PATH", defaultValue = "target/classes",
      description = "The compiled application (classes directory or jar; several separated by the path separator)."
          + " Default: ${DEFAULT-VALUE}.")
  String classpath;

  @Option(names = "--source-root", paramLabel = "DIR",
      description = "The source root new migrations are written into. Default: the one the processor recorded,"
          + " else src/main/java.")
  Path sourceRoot;

  @Option(names = "--package", paramLabel = "PACKAGE",
      description = "The package of the migrations. Default: the one the processor recorded.")
  String migrationPackage;

  @Option(names = "--history-table", paramLabel = "NAME", defaultValue = "retort_history",
      description = "The history table. Default: ${DEFAULT-VALUE}.")
  String historyTable;

  @Option(names = "--history-schema", paramLabel = "SCHEMA",
      description = "The schema of the history table. Default: the connection's current schema.")
  String historySchema;

  @Option(names = "--future-revisions", paramLabel = "POLICY",
      description = "What to do with revisions the database has applied that this build does not contain (a newer"
          + " build's): ignore (apply nothing, warn) or fail. Default: RETORT_FUTURE_REVISIONS from the environment or"
          + " ./.env, else ignore.")
  String futureRevisions;

  @Option(names = "--lock-timeout", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
      description = "How long to wait for another migrator's lock (30s, 10m, PT1H). Default: ${DEFAULT-VALUE}.")
  Duration lockTimeout;

  @Option(names = "--lock-wait-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "How long each migration statement may wait for a lock on a table before its revision is rolled"
          + " back and retried (PostgreSQL's lock_timeout). Default: RETORT_LOCK_WAIT_TIMEOUT, else 5s.")
  Duration lockWaitTimeout;

  @Option(names = "--lock-retries", paramLabel = "N",
      description = "How many more times a revision that waited too long for a lock runs, after 1s, 2s, 4s ... (at"
          + " most 30s); 0 fails at once. Default: RETORT_LOCK_RETRIES, else 3.")
  Integer lockRetries;

  @Option(names = "--statement-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "The longest any migration statement may run (PostgreSQL's statement_timeout)."
          + " Default: RETORT_STATEMENT_TIMEOUT, else none.")
  Duration statementTimeout;
}
