package dev.retort.cli;

import dev.retort.message.RetortException;
import dev.retort.runtime.ConnectionSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Which database to use: {@code --url} (JDBC or libpq form) with {@code --user} and {@code
 * --password}; else {@code RETORT_URL}, {@code DATABASE_URL} or {@code POSTGRES_*}, from the
 * environment or from {@code .env} in the working directory.
 */
final class ConnectionOptions {

  @Option(names = "--url", paramLabel = "URL",
      description = "The database: jdbc:postgresql://host:5432/db or postgresql://user:password@host:5432/db."
          + " Default: RETORT_URL, DATABASE_URL, or POSTGRES_HOST/PORT/USER/PASSWORD/DB, from the environment or ./.env.")
  String url;

  @Option(names = "--user", paramLabel = "USER", description = "The database user (overrides the URL's).")
  String user;

  @Option(names = "--password", paramLabel = "PASSWORD",
      description = "The password (overrides the URL's). Prefer the environment or .env: arguments show in ps. Never printed.")
  String password;

  @Option(names = "--connect-retries", paramLabel = "N",
      description = "How many more times to try a refused connection, for a database that is still starting."
          + " Default: RETORT_CONNECT_RETRIES from the environment or ./.env, else 0.")
  Integer connectRetries;

  @Option(names = "--connect-retry-interval", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "How long to wait between two connection attempts (1s, 5s). Default:"
          + " RETORT_CONNECT_RETRY_INTERVAL, else 1s.")
  Duration connectRetryInterval;

  /** The connection retries: the flags, else the environment's, else none. */
  ConnectRetries retries(CommandLine commandLine) {
    if (connectRetries != null && connectRetries < 0) {
      throw new ParameterException(commandLine, "--connect-retries must be 0 or more, not " + connectRetries);
    }
    if (connectRetryInterval != null && (connectRetryInterval.isNegative() || connectRetryInterval.isZero())) {
      throw new ParameterException(commandLine, "--connect-retry-interval must be positive");
    }
    return ConnectRetries.of(connectRetries, connectRetryInterval, System.getenv(), Path.of("").toAbsolutePath());
  }

  /** Where the settings came from, for a connection error. */
  ConnectionOrigin origin() {
    return ConnectionOrigin.of(url != null, user != null, password != null, System.getenv(), Path.of("").toAbsolutePath());
  }

  /** The settings, or empty when nothing is configured anywhere. */
  Optional<ConnectionSettings> optional() {
    Optional<ConnectionSettings> settings = url != null
        ? Optional.of(ConnectionSettings.parse(url))
        : ConnectionSettings.fromEnvironment(System.getenv(), Path.of("").toAbsolutePath());
    return settings.map(s -> s.withCredentials(user != null ? user : s.user(), password != null ? password : s.password()));
  }

  /** The settings, or a usage error that says how to give them. */
  ConnectionSettings required(String command) {
    return optional().orElseThrow(() -> new RetortException(CliMessage.CLI_NO_DATABASE, command));
  }
}
