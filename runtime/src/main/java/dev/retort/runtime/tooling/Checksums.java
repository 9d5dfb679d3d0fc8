package dev.retort.runtime.tooling;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.ops.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Checksums a migration by what it does, not how it is written: the SHA-256 of a canonical text
 * of its parents, transaction mode and upgrade operations, in checksum encoding version 1
 * ({@link ChecksumEncodingV1}). Formatting, comments, the message and the downgrade body do not
 * count; any change to what the upgrade does, does. The encoding is frozen, so that a database
 * migrated by any Retort release verifies with every later one.
 */
public final class Checksums {

  private Checksums() {}

  /** The checksum of the migration's upgrade, as 64 lower-case hex digits. */
  public static String of(Migration migration) {
    Operations builder = new Operations();
    migration.upgrade(builder);
    return of(migration.revision().parents(), migration.revision().transactional(), builder.operations());
  }

  /** The checksum of an upgrade given by its parts. */
  public static String of(List<String> parents, boolean transactional, List<Operation> operations) {
    return sha256(ChecksumEncodingV1.migration(parents, transactional, operations));
  }

  /** The canonical text of one operation, as it enters the checksum. */
  public static String canonical(Operation operation) {
    return ChecksumEncodingV1.operation(operation);
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
