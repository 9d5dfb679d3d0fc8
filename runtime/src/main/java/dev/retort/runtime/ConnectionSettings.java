package dev.retort.runtime;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.runtime.tooling.EnvFile;
import dev.retort.runtime.tooling.Redaction;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where to connect: a PostgreSQL JDBC URL plus the user and password kept apart from it, so that
 * the URL can be shown in messages and the password never is.
 *
 * <p>Built from any of the forms services and their {@code .env} files use: a JDBC URL, a libpq
 * URL ({@code postgresql://}, {@code postgres://}, SQLAlchemy's {@code postgresql+asyncpg://}), or
 * the {@code POSTGRES_*} variables of the official PostgreSQL image.
 */
public record ConnectionSettings(String jdbcUrl, String user, String password) {

  private static final String JDBC_PREFIX = "jdbc:postgresql:";
  private static final Pattern URI_SCHEME = Pattern.compile("(?i)^(postgres|postgresql)(\\+[a-z0-9_]+)?://");
  private static final Pattern PORT = Pattern.compile("\\d{1,5}");

  public ConnectionSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  /** Settings from {@code url} in the JDBC or libpq form; user and password come out of the URL. */
  public static ConnectionSettings parse(String url) {
    return parse("The connection URL", url);
  }

  /**
   * Settings from the environment: {@code RETORT_URL} (with {@code RETORT_USER}/{@code
   * RETORT_PASSWORD}), else {@code DATABASE_URL}, else {@code POSTGRES_HOST}/{@code PORT}/{@code
   * USER}/{@code PASSWORD}/{@code DB}; each read from the process environment first and from a
   * {@code .env} file in the working directory second.
   */
  public static Optional<ConnectionSettings> fromEnvironment() {
    return fromEnvironment(System.getenv(), Path.of(""));
  }

  /** As {@link #fromEnvironment()}, with the environment and the directory of {@code .env} given. */
  public static Optional<ConnectionSettings> fromEnvironment(Map<String, String> environment, Path workingDirectory) {
    Map<String, String> variables = new HashMap<>(EnvFile.read(workingDirectory.resolve(".env")));
    environment.forEach((name, value) -> {
      if (value != null) {
        variables.put(name, value);
      }
    });
    String retortUrl = nonBlank(variables.get("RETORT_URL"));
    if (retortUrl != null) {
      ConnectionSettings settings = parse("RETORT_URL", retortUrl);
      return Optional.of(settings.withCredentials(
          orElse(nonBlank(variables.get("RETORT_USER")), settings.user),
          orElse(variables.get("RETORT_PASSWORD"), settings.password)));
    }
    String databaseUrl = nonBlank(variables.get("DATABASE_URL"));
    if (databaseUrl != null) {
      return Optional.of(parse("DATABASE_URL", databaseUrl));
    }
    if (nonBlank(variables.get("POSTGRES_HOST")) != null || nonBlank(variables.get("POSTGRES_DB")) != null) {
      return Optional.of(fromPostgresVariables(variables));
    }
    return Optional.empty();
  }

  /** These settings with another user and password. */
  public ConnectionSettings withCredentials(String newUser, String newPassword) {
    return new ConnectionSettings(jdbcUrl, newUser, newPassword);
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "ConnectionSettings[jdbcUrl=" + Redaction.of(jdbcUrl, password) + ", user=" + user + ", password="
        + (password == null ? "none" : "***") + "]";
  }

  private static ConnectionSettings fromPostgresVariables(Map<String, String> variables) {
    String host = orElse(nonBlank(variables.get("POSTGRES_HOST")), "localhost");
    String port = orElse(nonBlank(variables.get("POSTGRES_PORT")), "5432");
    if (!PORT.matcher(port).matches()) {
      throw new RetortException(Message.CONNECTION_SETTING_INVALID, "POSTGRES_PORT", port, "is not a port number");
    }
    String user = nonBlank(variables.get("POSTGRES_USER"));
    String database = orElse(nonBlank(variables.get("POSTGRES_DB")), orElse(user, "postgres"));
    String hostSpec = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return new ConnectionSettings("jdbc:postgresql://" + hostSpec + ":" + port + "/" + encode(database), user,
        variables.get("POSTGRES_PASSWORD"));
  }

  private static ConnectionSettings parse(String source, String url) {
    String text = url.strip();
    if (text.regionMatches(true, 0, JDBC_PREFIX, 0, JDBC_PREFIX.length())) {
      return fromJdbc(source, text);
    }
    var scheme = URI_SCHEME.matcher(text);
    if (scheme.find()) {
      return fromUri(source, text, scheme.end());
    }
    throw invalid(source, text, null, "it starts with neither jdbc:postgresql: nor postgresql://");
  }

  private static ConnectionSettings fromJdbc(String source, String url) {
    int query = url.indexOf('?');
    if (query < 0) {
      return new ConnectionSettings(url, null, null);
    }
    Parameters parameters = Parameters.split(source, url, null, url.substring(query + 1));
    return new ConnectionSettings(url.substring(0, query) + parameters.query(), parameters.user, parameters.password);
  }

  private static ConnectionSettings fromUri(String source, String url, int authorityStart) {
    String rest = url.substring(authorityStart);
    // The last @ ends the credentials, so an unencoded @ inside a password still works.
    int at = rest.lastIndexOf('@');
    String user = null;
    String password = null;
    if (at >= 0) {
      String credentials = rest.substring(0, at);
      int colon = credentials.indexOf(':');
      user = decode(source, url, credentials.substring(0, colon < 0 ? credentials.length() : colon), null);
      String rawPassword = colon < 0 ? null : credentials.substring(colon + 1);
      password = rawPassword == null ? null : decode(source, url, rawPassword, rawPassword);
      rest = rest.substring(at + 1);
      if (user.isEmpty()) {
        user = null;
      }
      url = url.substring(0, authorityStart) + rest; // from here on, messages show no credentials
    }
    int end = firstOf(rest, '/', '?');
    String hosts = rest.substring(0, end);
    String afterHosts = rest.substring(end);
    String database = "";
    String rawQuery = "";
    if (afterHosts.startsWith("/")) {
      int query = afterHosts.indexOf('?');
      database = query < 0 ? afterHosts.substring(1) : afterHosts.substring(1, query);
      rawQuery = query < 0 ? "" : afterHosts.substring(query + 1);
    } else if (afterHosts.startsWith("?")) {
      rawQuery = afterHosts.substring(1);
    }
    String hostSpec = hostSpec(source, url, hosts);
    if (database.isEmpty()) {
      database = user == null ? "postgres" : encode(user);
    }
    Parameters parameters = Parameters.split(source, url, password, rawQuery);
    return new ConnectionSettings("jdbc:postgresql://" + hostSpec + "/" + database + parameters.query(),
        orElse(parameters.user, user), orElse(parameters.password, password));
  }

  private static String hostSpec(String source, String url, String hosts) {
    if (hosts.isEmpty()) {
      return "localhost";
    }
    for (String host : hosts.split(",", -1)) {
      int portStart = host.startsWith("[") ? host.indexOf("]:") + 1 : host.lastIndexOf(':');
      if (host.isEmpty() || portStart == 0) {
        throw invalid(source, url, null, "its host list \"" + hosts + "\" has an empty host");
      }
      if (portStart > 0 && !PORT.matcher(host.substring(portStart + 1)).matches()) {
        throw invalid(source, url, null, "\"" + host.substring(portStart + 1) + "\" is not a port number");
      }
    }
    return hosts;
  }

  private static int firstOf(String text, char... characters) {
    int first = text.length();
    for (char c : characters) {
      int index = text.indexOf(c);
      if (index >= 0 && index < first) {
        first = index;
      }
    }
    return first;
  }

  private static String decode(String source, String url, String text, String secret) {
    try {
      // URLDecoder turns + into a space, which is form encoding, not URL encoding; keep + literal.
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid(source, url, secret, secret != null
          ? "the password has a % that does not start a %XX escape"
          : "\"" + text + "\" has a % that does not start a %XX escape");
    }
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static RetortException invalid(String source, String url, String secret, String reason) {
    String shown = secret == null || secret.isEmpty() ? url : url.replace(secret, "***");
    return new RetortException(Message.CONNECTION_URL_INVALID, source, Redaction.ofUrl(withoutCredentials(shown)), reason);
  }

  /**
   * The URL with everything from the first {@code :} after its scheme to its last {@code @} masked:
   * a URL that could not be parsed may still hold a password (after a misspelt scheme, behind a
   * user name with a space), and hiding too much of a broken URL is better than showing a password.
   */
  private static String withoutCredentials(String url) {
    int at = url.lastIndexOf('@');
    if (at < 0) {
      return url;
    }
    int schemeEnd = url.indexOf("://");
    int start = schemeEnd >= 0 && schemeEnd < at ? schemeEnd + 3 : 0;
    int colon = url.indexOf(':', start);
    if (colon < 0 || colon > at) {
      return url; // a user name without a password
    }
    return url.substring(0, colon + 1) + "***" + url.substring(at);
  }

  private static String nonBlank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String orElse(String value, String fallback) {
    return value != null ? value : fallback;
  }

  /** Query parameters with user and password taken out, and libpq-only names made pgjdbc's. */
  private static final class Parameters {
    private final List<String> kept = new ArrayList<>();
    private String user;
    private String password;

    static Parameters split(String source, String url, String secret, String rawQuery) {
      Parameters parameters = new Parameters();
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = (equals < 0 ? pair : pair.substring(0, equals)).toLowerCase(Locale.ROOT);
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        switch (name) {
          case "user" -> parameters.user = decode(source, url, value, secret);
          case "password" -> parameters.password = decode(source, url, value, value);
          // asyncpg and SQLAlchemy spell sslmode "ssl"; pgjdbc's ssl is a boolean.
          case "ssl" -> parameters.kept.add(isBoolean(value) ? pair : "sslmode=" + value);
          default -> parameters.kept.add(pair);
        }
      }
      return parameters;
    }

    private static boolean isBoolean(String value) {
      return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
    }

    String query() {
      return kept.isEmpty() ? "" : "?" + String.join("&", kept);
    }
  }
}
