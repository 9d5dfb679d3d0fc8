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
}
