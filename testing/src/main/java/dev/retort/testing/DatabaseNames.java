package dev.retort.testing;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;

/** Names of the databases made for test classes. */
final class DatabaseNames {

  static final String PREFIX = "retort_t_";

  /** PostgreSQL silently truncates longer identifiers (NAMEDATALEN - 1). */
  static final int MAX_BYTES = 63;

  private static final int RANDOM_BYTES = 6;

  // Several JVMs (CI jobs, developers) may share one external server, so the suffix must not
  // repeat across processes the way a seeded or counter-based one could.
  private static final Random RANDOM = new SecureRandom();

  private DatabaseNames() {}

  static String forClass(String simpleClassName) {
    return forClass(simpleClassName, RANDOM);
  }

  /**
   * {@code retort_t_<class>_<hex>}: the class part says whose database a leftover one was, the
   * random part keeps concurrent runs apart; only ASCII is kept, so characters count as bytes.
   */
  static String forClass(String simpleClassName, Random random) {
    byte[] suffix = new byte[RANDOM_BYTES];
    random.nextBytes(suffix);
    String hex = HexFormat.of().formatHex(suffix);
    String classPart = simpleClassName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
    if (classPart.isEmpty()) {
      classPart = "class";
    }
    int room = MAX_BYTES - PREFIX.length() - 1 - hex.length();
    if (classPart.length() > room) {
      classPart = classPart.substring(0, room);
    }
    return PREFIX + classPart + "_" + hex;
  }
}
