package dev.retort.reliability;

import static dev.retort.migration.Definitions.bigint;

import dev.retort.migration.Migration;
import dev.retort.runtime.ConnectionSettings;
import dev.retort.runtime.Retort;
import dev.retort.runtime.TestMigration;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A JVM that drives the runtime through succeeding and failing paths with a known password in
 * every place a password can be given, and prints everything a user could see: logs (slf4j at
 * TRACE, configured by the parent), exception messages and whole stack traces with causes and
 * suppressed exceptions, offline SQL, reports, history and settings. The parent greps it all.
 *
 * <p>Arguments: the test database's JDBC URL (without a password), its user, the known password,
 * and the host:port/database part for libpq URLs.
 */
public final class PasswordLeakProcess {

  private PasswordLeakProcess() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    String password = args[2];
    String hostAndDatabase = args[3];
    String encoded = URLEncoder.encode(password, StandardCharsets.UTF_8);
    Migration good = TestMigration.createTable("p1", null, "pw_table");
    Migration bad = TestMigration.of("p2", "p1", op -> op.addColumn("no_such_table", dev.retort.model.Column.of("x", bigint())),
        op -> { });
    String withPassword = url + (url.contains("?") ? "&" : "?") + "password=" + encoded;

    attempt("url with password argument", () -> show(Retort.configure().url(url, user, password).migrations(good).migrate()));
    attempt("url with password parameter", () -> show(Retort.configure().url(withPassword, user, null).migrations(good).migrate()));
    attempt("libpq settings", () -> {
      ConnectionSettings settings = ConnectionSettings.parse("postgresql://" + user + ":" + encoded + "@" + hostAndDatabase);
      show(settings);
      show(Retort.configure().connection(settings).migrations(good).migrate());
    });
    attempt("failing migration", () -> Retort.configure().url(url, user, password).migrations(good, bad).migrate());
    attempt("unreachable server", () -> Retort.configure()
        .url("jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=2&password=" + encoded, user, password)
        .migrations(good).migrate());
    attempt("misspelt JDBC scheme", () -> Retort.configure()
        .url("jdbc:postgresq://127.0.0.1:1/nowhere?password=" + encoded, user, password).migrations(good).migrate());
    attempt("misspelt libpq scheme", () -> ConnectionSettings.parse("postgresq://" + user + ":" + password + "@" + hostAndDatabase));
    attempt("bad port in libpq URL", () -> ConnectionSettings.parse("postgresql://" + user + ":" + encoded + "@h:54x/db"));
    attempt(".env file", () -> {
      Path directory = Files.createTempDirectory("pw-env");
      Files.writeString(directory.resolve(".env"), "DATABASE_URL=postgresql://" + user + ":" + encoded + "@" + hostAndDatabase
          + "\nPOSTGRES_PASSWORD=" + password + "\n");
      show(ConnectionSettings.fromEnvironment(Map.of(), directory));
      show(ConnectionSettings.fromEnvironment(Map.of("RETORT_URL", url, "RETORT_PASSWORD", password), directory));
    });
    attempt("history, info and offline SQL", () -> {
      Retort retort = Retort.configure().url(url, user, password).migrations(good).load();
      show(retort.history());
      show(retort.info());
      show(retort.offlineSql("base", "head"));
      show(retort);
    });
    attempt("downgrade", () -> show(Retort.configure().url(url, user, password).migrations(good).load().downgrade("base")));
  }

  private interface Step {
    void run() throws Exception;
  }

  private static void attempt(String name, Step step) {
    System.out.println("=== " + name);
    try {
      step.run();
    } catch (Exception e) {
      System.out.println("message: " + e.getMessage());
      System.out.println("toString: " + e);
      e.printStackTrace(System.out);
    }
  }

  private static void show(Object value) {
    System.out.println(value instanceof List<?> list ? String.valueOf(list) : String.valueOf(value));
  }
}
