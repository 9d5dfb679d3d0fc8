package dev.retort.testing;

import java.util.regex.Pattern;

/** String surgery on PostgreSQL JDBC URLs, which pgjdbc offers no public API for. */
final class JdbcUrls {

  static final String PREFIX = "jdbc:postgresql:";

  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("(?i)([?&]password=)[^&]*");

  private JdbcUrls() {}

  /**
   * The same server, options and credentials as {@code url}, on {@code database} instead, so that
   * what makes the admin connection work (ssl settings, several hosts) carries over.
   */
  static String withDatabase(String url, String database) {
    if (!url.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + redact(url));
    }
    int queryStart = url.indexOf('?');
    String query = queryStart < 0 ? "" : url.substring(queryStart);
    String path = (queryStart < 0 ? url : url.substring(0, queryStart)).substring(PREFIX.length());
    if (path.startsWith("//")) {
      int slash = path.indexOf('/', 2);
      String hosts = slash < 0 ? path : path.substring(0, slash);
      return PREFIX + hosts + "/" + database + query;
    }
    return PREFIX + database + query;
  }

  /** The URL fit for an error message or a log line: a password parameter's value is hidden. */
  static String redact(String url) {
    return PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
  }
}
