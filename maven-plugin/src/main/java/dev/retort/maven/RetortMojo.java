package dev.retort.maven;

import dev.retort.cli.RetortCli;
import dev.retort.message.RetortException;
import dev.retort.runtime.ConnectionSettings;
import dev.retort.runtime.tooling.Redaction;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * A goal that runs one {@code retort} command in Maven's JVM, with the project's compiled classes
 * and runtime dependencies as {@code --classpath} and the database from the plugin's
 * configuration, {@code -Dretort.*}, settings.xml, the environment or {@code .env}: the CLI's own
 * code, so a goal prints and fails exactly as the command does.
 */
abstract class RetortMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  @Component
  SettingsDecrypter decrypter;

  /** The database: jdbc:postgresql://host:5432/db or postgresql://user@host:5432/db. Default: as the CLI reads it. */
  @Parameter(property = "retort.url")
  String url;

  /** The database user; overrides the server's and the URL's. */
  @Parameter(property = "retort.user")
  String user;

  /** The password; prefer serverId, so that none sits in a POM. Never printed. */
  @Parameter(property = "retort.password")
  String password;

  /** The id of a {@code <server>} in settings.xml whose username and (encrypted) password connect. */
  @Parameter(property = "retort.serverId")
  String serverId;

  /** The history table. */
  @Parameter(property = "retort.historyTable", defaultValue = "retort_history")
  String historyTable;

  /** The schema of the history table. Default: the connection's current schema. */
  @Parameter(property = "retort.historySchema")
  String historySchema;

  /** How long to wait for another migrator's lock (30s, 10m, PT1H). */
  @Parameter(property = "retort.lockTimeout", defaultValue = "10m")
  String lockTimeout;

  /** How long each migration statement may wait for a table lock before its revision is retried (PostgreSQL's lock_timeout). Default: as the CLI reads it, else 5s. */
  @Parameter(property = "retort.lockWaitTimeout")
  String lockWaitTimeout;

  /** How many more times a revision that waited too long for a lock runs, with backoff. Default: as the CLI reads it, else 3. */
  @Parameter(property = "retort.lockRetries")
  Integer lockRetries;

  /** The longest any migration statement may run (PostgreSQL's statement_timeout). Default: as the CLI reads it, else none. */
  @Parameter(property = "retort.statementTimeout")
  String statementTimeout;

  /** How many more times to try a refused connection, for a database that is still starting. Default: as the CLI reads it, else 0. */
  @Parameter(property = "retort.connectRetries")
  Integer connectRetries;

  /** How long to wait between two connection attempts (1s, 5s). Default: as the CLI reads it, else 1s. */
  @Parameter(property = "retort.connectRetryInterval")
  String connectRetryInterval;

  /** The package of the migrations. Default: the one the processor recorded in the classes. */
  @Parameter(property = "retort.package")
  String migrationPackage;

  /** The source root new migrations are written into. Default: the one the processor recorded. */
  @Parameter(property = "retort.sourceRoot")
  File sourceRoot;

  /** Print the result as JSON. */
  @Parameter(property = "retort.json", defaultValue = "false")
  boolean json;

  /** Add the stack trace to a failure. */
  @Parameter(property = "retort.debug", defaultValue = "false")
  boolean debug;

  /** Write the command's result (its standard output) to this file instead of the build log, e.g. an SQL script. */
  @Parameter(property = "retort.outputFile")
  File outputFile;

  /** Skip the goal. */
  @Parameter(property = "retort.skip", defaultValue = "false")
  boolean skip;

  /** The CLI command this goal runs. */
  abstract String command();

  /** The command's own arguments and options, from the goal's parameters. */
  abstract List<String> commandArguments();

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping retort:" + command() + " (retort.skip)");
      return;
    }
    Optional<ConnectionSettings> connection;
    try {
      connection = new Database(url, user, password, serverId, project.getBasedir().toPath())
          .resolve(settings, decrypter, System.getenv());
    } catch (RetortException e) {
      throw new MojoExecutionException(Redaction.ofUrl(e.getMessage()), e);
    }
    List<String> arguments = arguments(connection);
    Outcome outcome = run(arguments, connection.map(ConnectionSettings::password).orElse(null));
    outcome.throwOnFailure(command());
  }

  private List<String> arguments(Optional<ConnectionSettings> connection) throws MojoExecutionException {
    List<String> arguments = new ArrayList<>(List.of(command(), "--no-color", "--classpath", classpath()));
    add(arguments, "--source-root", sourceRoot == null ? null : sourceRoot.getAbsolutePath());
    add(arguments, "--package", migrationPackage);
    add(arguments, "--history-table", historyTable);
    add(arguments, "--history-schema", historySchema);
    add(arguments, "--lock-timeout", lockTimeout);
    add(arguments, "--lock-wait-timeout", lockWaitTimeout);
    add(arguments, "--lock-retries", lockRetries == null ? null : lockRetries.toString());
    add(arguments, "--statement-timeout", statementTimeout);
    add(arguments, "--connect-retries", connectRetries == null ? null : connectRetries.toString());
    add(arguments, "--connect-retry-interval", connectRetryInterval);
    if (connection.isPresent()) {
      add(arguments, "--url", connection.get().jdbcUrl());
      add(arguments, "--user", connection.get().user());
      add(arguments, "--password", connection.get().password());
    }
    if (json) {
      arguments.add("--json");
    }
    if (debug) {
      arguments.add("--debug");
    }
    arguments.addAll(commandArguments());
    return arguments;
  }

  /**
   * The compiled classes and runtime dependencies; only the classes directory when it is missing,
   * so that the CLI says to compile first rather than that some entry does not exist.
   */
  private String classpath() throws MojoExecutionException {
    File classes = new File(project.getBuild().getOutputDirectory());
    if (!classes.isDirectory()) {
      return classes.getAbsolutePath();
    }
    try {
      List<String> entries = new ArrayList<>();
      for (String element : project.getRuntimeClasspathElements()) {
        if (new File(element).exists()) {
          entries.add(new File(element).getAbsolutePath());
        }
      }
      return String.join(File.pathSeparator, entries);
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private Outcome run(List<String> arguments, String secret) throws MojoExecutionException {
    if (getLog().isDebugEnabled()) {
      getLog().debug("retort " + Redaction.of(String.join(" ", arguments), secret));
    }
    LineWriter out = new LineWriter(outputFile != null ? line -> { } : line -> getLog().info(line));
    LineWriter err = new LineWriter(line -> getLog().info(line));
    int exitCode;
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (PrintWriter outWriter = new PrintWriter(out, true); PrintWriter errWriter = new PrintWriter(err, true)) {
      // The runtime connects through DriverManager, which finds drivers with the context class loader.
      thread.setContextClassLoader(getClass().getClassLoader());
      exitCode = RetortCli.run(arguments.toArray(String[]::new), outWriter, errWriter);
    } finally {
      thread.setContextClassLoader(previous);
    }
    if (outputFile != null) {
      write(outputFile, out.text());
    }
    return new Outcome(exitCode, out.text(), err.text());
  }

  private void write(File file, String text) throws MojoExecutionException {
    try {
      File parent = file.getAbsoluteFile().getParentFile();
      Files.createDirectories(parent.toPath());
      Files.writeString(file.toPath(), text, StandardCharsets.UTF_8);
      getLog().info("Wrote " + file);
    } catch (IOException e) {
      throw new MojoExecutionException(PluginMessage.MAVEN_OUTPUT_NOT_WRITTEN.format(command(), file, e), e);
    }
  }

  private static void add(List<String> arguments, String option, String value) {
    if (value != null && !value.isBlank()) {
      arguments.add(option);
      arguments.add(value);
    }
  }
}
