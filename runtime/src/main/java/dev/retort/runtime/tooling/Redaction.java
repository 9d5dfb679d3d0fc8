package dev.retort.runtime.tooling;

import java.util.regex.Pattern;

/** Removes passwords from text that is about to be shown: URLs, driver messages, exception texts. */
public final class Redaction {

  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;\\s]*");
  private static final Pattern URL_CREDENTIALS = Pattern.compile("(://[^:/?#@\\s]*:)[^\\s]*@");

  private Redaction() {}

  /** {@code text} with {@code password=...} parameters and {@code user:password@} credentials masked. */
  public static String ofUrl(String text) {
    if (text == null) {
      return null;
    }
    String masked = PASSWORD_PARAMETER.matcher(text).replaceAll("$1***");
    return URL_CREDENTIALS.matcher(masked).replaceAll("$1***@");
  }

  /** {@code text} as {@link #ofUrl}, with every occurrence of {@code password} masked too. */
  public static String of(String text, String password) {
    if (text == null) {
      return null;
    }
    String masked = ofUrl(text);
    return password == null || password.isEmpty() ? masked : masked.replace(password, "***");
  }

  /**
   * {@code failure} and its causes with every message passed through {@link #of}: driver
   * exceptions may quote the URL they were given, password and all (pgjdbc's "No suitable driver
   * found for ..."), and a cause is printed with every stack trace. Returns {@code failure} itself
   * when nothing needed masking; otherwise copies of the same types where they can be made, with
   * the original stack traces.
   */
  public static Throwable ofCauses(Throwable failure, String password) {
    if (failure == null || !needsMasking(failure, password)) {
      return failure;
    }
    Throwable cause = ofCauses(failure.getCause() == failure ? null : failure.getCause(), password);
    String message = of(failure.getMessage(), password);
    Throwable copy = failure instanceof java.sql.SQLException sql
        ? new java.sql.SQLException(message, sql.getSQLState(), sql.getErrorCode(), cause)
        : new RuntimeException(failure.getClass().getName() + ": " + message, cause);
    copy.setStackTrace(failure.getStackTrace());
    return copy;
  }

  private static boolean needsMasking(Throwable failure, String password) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message != null && !message.equals(of(message, password))) {
        return true;
      }
    }
    return false;
  }
}
