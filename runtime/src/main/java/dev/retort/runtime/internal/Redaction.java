package dev.retort.runtime.internal;

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
}
