package dev.retort.runtime.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains a privilege the server refused (SQLSTATE 42501): which privilege on which object the
 * role lacks, and the statement that grants it, read from the server's message and the statement
 * that was refused.
 */
final class PrivilegeAdvice {

  /** SQLSTATE insufficient_privilege; the server also uses it for "must be owner of". */
  static final String INSUFFICIENT_PRIVILEGE = "42501";

  private static final Pattern DENIED = Pattern.compile("permission denied for (\\w+) (\\S+)");
  private static final Pattern NOT_OWNER = Pattern.compile("must be owner of (\\w+(?: \\w+)?) (\\S+)");
  private static final Pattern FIRST_WORD = Pattern.compile("^\\s*(\\w+)");

  /**
   * What is missing: {@code privilege} on {@code kind} {@code object}, granted by {@code fix};
   * {@code owner} when only the object's owner may do it.
   */
  record Advice(String privilege, String kind, String object, String fix, boolean owner) {}

  private PrivilegeAdvice() {}

  /** Whether the failure is a refused privilege. */
  static boolean applies(Throwable failure) {
    return failure instanceof SQLException sql && INSUFFICIENT_PRIVILEGE.equals(sql.getSQLState());
  }

  /** The role the connection runs as, as far as the client knows it. */
  static String role(Connection connection) {
    try {
      return connection.getMetaData().getUserName();
    } catch (SQLException e) {
      return "the migrating role";
    }
  }

  /** The advice for {@code serverMessage}, refused while running {@code statement} (null for Retort's bookkeeping). */
  static Advice of(String serverMessage, String statement, String role) {
    String message = serverMessage == null ? "" : serverMessage;
    Matcher owner = NOT_OWNER.matcher(message);
    if (owner.find()) {
      String kind = owner.group(1);
      String object = owner.group(2);
      return new Advice("ownership", kind, object,
          "ALTER " + kind.toUpperCase(Locale.ROOT) + " " + object + " OWNER TO " + role + ";", true);
    }
    Matcher denied = DENIED.matcher(message);
    if (!denied.find()) {
      return new Advice("a", "the object", "named in the server message", "the GRANT the server message calls for", false);
    }
    String kind = denied.group(1);
    String object = denied.group(2);
    String verb = statement == null ? "" : firstWord(statement);
    String privilege;
    switch (kind) {
      case "schema" -> privilege = statement == null || verb.equals("CREATE") || verb.equals("ALTER") ? "USAGE, CREATE" : "USAGE";
      case "database" -> privilege = verb.equals("CREATE") || statement == null ? "CREATE" : "CONNECT";
      case "table", "view" -> privilege = switch (verb) {
        case "SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE" -> verb;
        case "ALTER" -> "REFERENCES";
        default -> "SELECT, INSERT, UPDATE, DELETE";
      };
      case "sequence" -> privilege = "USAGE, SELECT, UPDATE";
      default -> privilege = "USAGE";
    }
    String target = kind.equals("view") ? "TABLE" : kind.toUpperCase(Locale.ROOT);
    return new Advice(privilege, kind, object, "GRANT " + privilege + " ON " + target + " " + object + " TO " + role + ";",
        false);
  }

  private static String firstWord(String statement) {
    Matcher word = FIRST_WORD.matcher(statement);
    return word.find() ? word.group(1).toUpperCase(Locale.ROOT) : "";
  }
}
