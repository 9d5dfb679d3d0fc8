package dev.retort.read;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns Hibernate's physical names into the names PostgreSQL stores, and names what PostgreSQL
 * names itself: Hibernate leaves primary keys, unique and check constraints anonymous on PostgreSQL.
 */
public final class Identifiers {

  /** PostgreSQL's NAMEDATALEN - 1. */
  public static final int MAX_BYTES = 63;

  private Identifiers() {}

  /** Whether Hibernate would quote {@code name}: it is wrapped in backticks or double quotes. */
  public static boolean isQuoted(String name) {
    return name.length() > 1
        && ((name.startsWith("`") && name.endsWith("`")) || (name.startsWith("\"") && name.endsWith("\"")));
  }

  /** The name as PostgreSQL stores it: quoted names verbatim, unquoted ones folded to lower case. */
  public static String stored(String physical) {
    return isQuoted(physical) ? physical.substring(1, physical.length() - 1) : folded(physical);
  }

  /**
   * An unquoted identifier as PostgreSQL folds it: A to Z become a to z and nothing else changes,
   * because in a multibyte encoding such as UTF-8 the server folds ASCII letters only ({@code
   * downcase_identifier}); {@code "ÄrgerBox"} is stored as {@code Ärgerbox}.
   */
  public static String folded(String unquoted) {
    StringBuilder folded = new StringBuilder(unquoted.length());
    for (int i = 0; i < unquoted.length(); i++) {
      char c = unquoted.charAt(i);
      folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return folded.toString();
  }

  /** The name as Hibernate's {@code Identifier.toString()} renders it, which is what its hashes read. */
  public static String rendered(String physical) {
    return isQuoted(physical) ? "`" + physical.substring(1, physical.length() - 1) + "`" : physical;
  }

  /** The name as Hibernate writes it into SQL such as check constraints: quoted names in double quotes. */
  public static String sql(String physical) {
    return isQuoted(physical) ? "\"" + stored(physical) + "\"" : physical;
  }

  /** The length in bytes PostgreSQL measures. */
  public static int bytes(String stored) {
    return stored.getBytes(StandardCharsets.UTF_8).length;
  }

  /** {@code <table>_pkey}, the name PostgreSQL gives an anonymous primary key. */
  public static String primaryKeyName(String storedTable) {
    return makeObjectName(storedTable, null, "pkey");
  }

  /** {@code <table>_<col>_<col>_key}, the name PostgreSQL gives an anonymous unique constraint. */
  public static String uniqueName(String storedTable, List<String> storedColumns) {
    return makeObjectName(storedTable, String.join("_", storedColumns), "key");
  }

  /** {@code <table>_<col>_check}, or {@code <table>_check} when the check reads several columns. */
  public static String checkName(String storedTable, String storedColumnOrNull) {
    return makeObjectName(storedTable, storedColumnOrNull, "check");
  }

  /**
   * A port of PostgreSQL's {@code makeObjectName}, which shortens the longer part until the name
   * fits; like the server it counts bytes, then clips each part back to a whole character.
   */
  static String makeObjectName(String name1, String name2, String label) {
    int overhead = (label == null ? 0 : label.length() + 1) + (name2 == null ? 0 : 1);
    int available = MAX_BYTES - overhead;
    int name1Bytes = bytes(name1);
    int name2Bytes = name2 == null ? 0 : bytes(name2);
    while (name1Bytes + name2Bytes > available) {
      if (name1Bytes > name2Bytes) {
        name1Bytes--;
      } else {
        name2Bytes--;
      }
    }
    // Clipping walks the text character by character; a part that fits whole (the usual case) is kept as it is.
    StringBuilder name = new StringBuilder(name1Bytes == bytes(name1) ? name1 : clip(name1, name1Bytes));
    if (name2 != null) {
      name.append('_').append(name2Bytes == bytes(name2) ? name2 : clip(name2, name2Bytes));
    }
    if (label != null) {
      name.append('_').append(label);
    }
    return name.toString();
  }

  /** The longest prefix of {@code text} of at most {@code bytes} UTF-8 bytes that ends on a whole character. */
  private static String clip(String text, int bytes) {
    int used = 0;
    int end = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      int size = utf8Size(codePoint);
      if (used + size > bytes) {
        break;
      }
      used += size;
      end += Character.charCount(codePoint);
    }
    return text.substring(0, end);
  }

  /** The UTF-8 bytes of one code point as {@link #bytes} counts them: a lone surrogate becomes one {@code ?}. */
  private static int utf8Size(int codePoint) {
    if (codePoint < 0x80 || Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
      return 1;
    }
    return codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
}
