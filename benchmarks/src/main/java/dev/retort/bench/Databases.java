package dev.retort.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates and drops the benchmark's databases on one PostgreSQL server, through an administrative
 * connection to the database the harness was pointed at. Every database it creates is dropped by
 * {@link #dropAll()} at the latest, so a run leaves the server as it found it.
 */
final class Databases implements AutoCloseable {

  private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]*/)([^?]*)(\\?.*)?$");

  private final String adminUrl;
  final String user;
  final String password;
  private final String prefix;
  private final AtomicInteger counter = new AtomicInteger();
  private final Set<String> created = new LinkedHashSet<>();

  Databases(String adminUrl, String user, String password) {
    if (!URL.matcher(adminUrl).matches()) {
      throw new IllegalArgumentException("not a jdbc:postgresql://host:port/database URL: " + adminUrl);
    }
    this.adminUrl = adminUrl;
    this.user = user;
    this.password = password == null ? "" : password;
    this.prefix = prefix();
  }

  /** The name prefix of every database this process creates. */
  static String prefix() {
    return "bench_" + Long.toString(ProcessHandle.current().pid(), 36) + "_";
  }

  /** Creates an empty database and returns its JDBC URL. */
  synchronized String create(String purpose) throws SQLException {
    String name = prefix + purpose.replaceAll("[^a-z0-9]", "_") + "_" + counter.incrementAndGet();
    try (Connection admin = admin(); Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    created.add(name);
    return urlOf(name);
  }

  /** Drops the database of a URL {@link #create} returned. */
  synchronized void drop(String url) throws SQLException {
    Matcher matcher = URL.matcher(url);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(url);
    }
    String name = matcher.group(2);
    try (Connection admin = admin(); Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
    created.remove(name);
  }

  /** How many tables the public schema of a database holds. */
  int tableCount(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, credentials());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                + " AND table_name LIKE 'entity\\_%'")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  /** The libpq form of a URL, for Python's drivers. */
  String libpqUrl(String jdbcUrl) {
    Matcher matcher = URL.matcher(jdbcUrl);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(jdbcUrl);
    }
    String hostPort = matcher.group(1).substring("jdbc:postgresql://".length(), matcher.group(1).length() - 1);
    String auth = user + (password.isEmpty() ? "" : ":" + password);
    return "postgresql://" + auth + "@" + hostPort + "/" + matcher.group(2);
  }

  synchronized void dropAll() throws SQLException {
    for (String name : Set.copyOf(created)) {
      drop(urlOf(name));
    }
  }

  @Override
  public void close() throws SQLException {
    dropAll();
  }

  private String urlOf(String name) {
    Matcher matcher = URL.matcher(adminUrl);
    matcher.matches();
    return matcher.group(1) + name + (matcher.group(3) == null ? "" : matcher.group(3));
  }

  private Connection admin() throws SQLException {
    return DriverManager.getConnection(adminUrl, credentials());
  }

  private Properties credentials() {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    if (!password.isEmpty()) {
      properties.setProperty("password", password);
    }
    return properties;
  }
}
