package dev.retort.runtime.tooling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of a migration's source file: SHA-256 of its text with line endings made
 * {@code \n}, so that a checkout on Windows fingerprints as on Linux. Equal fingerprints mean the
 * migration's own code has not changed since its checksum was verified.
 */
public final class SourceFingerprint {

  private SourceFingerprint() {}

  /** The fingerprint of {@code source}, as 64 lower-case hex digits. */
  public static String of(CharSequence source) {
    String text = source.toString().replace("\r\n", "\n").replace('\r', '\n');
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
