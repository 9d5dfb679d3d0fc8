package dev.retort.render.sql;

import static dev.retort.render.sql.PostgresIdentifiers.quote;

import dev.retort.model.CheckConstraint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The names of the helper objects an online form creates for the length of its statements. */
final class OnlineNames {

  private static final int MAX_BYTES = 63;

  private OnlineNames() {}

  /**
   * The {@code CHECK (column IS NOT NULL)} an online {@code SET NOT NULL} adds, validates and drops:
   * {@code retort_<column>_not_null}, or, when that is longer than PostgreSQL keeps, the column's
   * name cut short and eight hex digits of its hash, so that two long columns never share a name.
   */
  static CheckConstraint notNullCheck(String column) {
    String name = "retort_" + column + "_not_null";
    if (bytes(name) > MAX_BYTES) {
      String hash = hash(column);
      int budget = MAX_BYTES - bytes("retort__" + hash + "_not_null");
      StringBuilder kept = new StringBuilder();
      for (int i = 0; i < column.length(); i += Character.charCount(column.codePointAt(i))) {
        String character = new String(Character.toChars(column.codePointAt(i)));
        if (bytes(kept.toString()) + bytes(character) > budget) {
          break;
        }
        kept.append(character);
      }
      name = "retort_" + kept + "_" + hash + "_not_null";
    }
    return new CheckConstraint(name, quote(column) + " IS NOT NULL");
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String hash(String column) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(column.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
