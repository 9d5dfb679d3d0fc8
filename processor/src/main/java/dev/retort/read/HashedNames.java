package dev.retort.read;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The constraint names Hibernate derives when none is given, as its {@code NamingHelper} does: a
 * prefix and the base-35 MD5 of the table, referenced table and alphabetically sorted columns.
 */
public final class HashedNames {

  /** Cloned for each hash: looking the algorithm up among the security providers costs more than hashing a name. */
  private static final MessageDigest MD5;

  static {
    try {
      MD5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide MD5", e);
    }
  }

  private HashedNames() {}

  /** {@code FK...} for a foreign key from {@code columns} of {@code table} to {@code referencedTable}. */
  public static String foreignKey(String physicalTable, String physicalReferencedTable, List<String> physicalColumns) {
    StringBuilder text = new StringBuilder()
        .append("table`").append(Identifiers.rendered(physicalTable)).append('`')
        .append("references`").append(Identifiers.rendered(physicalReferencedTable)).append('`');
    appendColumns(text, physicalColumns);
    return "FK" + hash(text.toString());
  }

  /** {@code UK...} or {@code IDX...}: a unique key or an index over {@code columns} of {@code table}. */
  public static String constraint(String prefix, String physicalTable, List<String> physicalColumns) {
    StringBuilder text = new StringBuilder().append("table`").append(Identifiers.rendered(physicalTable)).append('`');
    appendColumns(text, physicalColumns);
    return prefix + hash(text.toString());
  }

  private static void appendColumns(StringBuilder text, List<String> physicalColumns) {
    // Hibernate sorts by the canonical (unquoted, lower-cased unless quoted) name and appends the rendered one.
    List<String> sorted = new ArrayList<>(physicalColumns);
    sorted.sort(Comparator.comparing(Identifiers::stored));
    for (String column : sorted) {
      text.append("column`").append(Identifiers.rendered(column)).append('`');
    }
  }

  static String hash(String text) {
    MessageDigest md5;
    try {
      md5 = (MessageDigest) MD5.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's MD5 can be cloned", e);
    }
    // Hibernate hashes the platform-charset bytes; UTF-8 is what every JDK 18+ platform uses.
    byte[] digest = md5.digest(text.getBytes(StandardCharsets.UTF_8));
    return new BigInteger(1, digest).toString(35);
  }
}
