package dev.retort.cli;

import dev.retort.runtime.tooling.EnvFile;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the CLI's connection settings came from, for a connection error to name: the {@code --url}
 * flag, or which variable, from the process environment or from which {@code .env} file, with the
 * same precedence as {@link dev.retort.runtime.ConnectionSettings#fromEnvironment(Map, Path)}.
 */
record ConnectionOrigin(String description) {

  /** The origin of the settings the given flags and environment produce. */
  static ConnectionOrigin of(boolean urlFlag, boolean userFlag, boolean passwordFlag, Map<String, String> environment,
      Path workingDirectory) {
    Path envFile = workingDirectory.resolve(".env");
    Map<String, String> fileVariables = EnvFile.read(envFile);
    Source source = new Source(environment, fileVariables, envFile);
    List<String> parts = new ArrayList<>();
    if (urlFlag) {
      parts.add("the --url argument");
    } else if (source.has("RETORT_URL")) {
      parts.add(source.describe("RETORT_URL"));
      source.ifPresent("RETORT_USER", parts);
      source.ifPresent("RETORT_PASSWORD", parts);
    } else if (source.has("DATABASE_URL")) {
      parts.add(source.describe("DATABASE_URL"));
    } else {
      for (String name : List.of("POSTGRES_HOST", "POSTGRES_PORT", "POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB")) {
        source.ifPresent(name, parts);
      }
    }
    if (userFlag) {
      parts.add("--user");
    }
    if (passwordFlag) {
      parts.add("--password");
    }
    return new ConnectionOrigin(String.join(", ", parts));
  }

  /** What to check for the refusal {@code failure} (the first SQLException of a connection error's causes). */
  static String advice(Throwable failure, String where) {
    String state = sqlState(failure);
    String text = String.valueOf(failure == null ? "" : failure.getMessage());
    if (state != null && state.startsWith("28")) {
      return "the user and the password given there: the server at " + where + " refused them";
    }
    if ("3D000".equals(state)) {
      return "the database name given there: the server at " + where + " has no such database";
    }
    if (state != null && state.startsWith("08") || text.contains("Connection refused") || text.contains("UnknownHost")) {
      return "that PostgreSQL runs at " + where + " and accepts connections from this machine (host, port, firewall);"
          + " for a database that is still starting, as in docker compose or Kubernetes, retry with --connect-retries N"
          + " or RETORT_CONNECT_RETRIES";
    }
    return "the host, port, database, user and password given there";
  }

  private static String sqlState(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }

  /** The process environment over one .env file, as the settings read them. */
  private record Source(Map<String, String> environment, Map<String, String> file, Path envFile) {

    boolean has(String name) {
      return nonBlank(environment.get(name)) || nonBlank(file.get(name));
    }

    void ifPresent(String name, List<String> parts) {
      if (environment.get(name) != null || file.get(name) != null) {
        parts.add(describe(name));
      }
    }

    String describe(String name) {
      return name + (environment.get(name) != null ? " in the environment" : " in " + envFile);
    }

    private static boolean nonBlank(String value) {
      return value != null && !value.isBlank();
    }
  }
}
