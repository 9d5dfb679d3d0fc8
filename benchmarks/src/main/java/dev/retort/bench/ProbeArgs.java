package dev.retort.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;

/** The {@code key=value} arguments a child JVM's probe receives, with typed accessors. */
record ProbeArgs(String probe, Map<String, String> values) {

  static ProbeArgs parse(String[] args) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("expected key=value, got " + args[i]);
      }
      values.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    return new ProbeArgs(args[0], values);
  }

  /** The command-line form, probe name first. */
  List<String> toArgs() {
    List<String> out = new java.util.ArrayList<>();
    out.add(probe);
    values.forEach((k, v) -> out.add(k + "=" + v));
    return out;
  }

  String get(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("probe " + probe + " needs " + key + "=");
    }
    return value;
  }

  Path path(String key) {
    return Path.of(get(key));
  }

  int integer(String key) {
    return Integer.parseInt(get(key));
  }

  boolean flag(String key) {
    return Boolean.parseBoolean(values.getOrDefault(key, "false"));
  }

  /**
   * The DataSource every in-process probe is given, as an application gives it: the driver is
   * loaded and the server has answered once (as when a connection pool is up), so no tool pays
   * for the JDBC driver's class loading or the first connection's handshake.
   */
  PGSimpleDataSource dataSource() throws java.sql.SQLException {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(get("url"));
    ds.setUser(get("user"));
    String password = values.getOrDefault("password", "");
    if (!password.isEmpty()) {
      ds.setPassword(password);
    }
    try (java.sql.Connection connection = ds.getConnection();
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute("SELECT 1");
    }
    return ds;
  }
}
