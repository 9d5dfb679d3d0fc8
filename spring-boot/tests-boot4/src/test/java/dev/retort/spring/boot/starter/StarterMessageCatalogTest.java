package dev.retort.spring.boot.starter;

import dev.retort.message.CatalogChecks;
import dev.retort.spring.boot.autoconfigure.StarterMessage;
import org.junit.jupiter.api.Test;

/** The catalog of {@link StarterMessage}, checked as a whole by {@link CatalogChecks}. */
class StarterMessageCatalogTest {

  @Test
  void everyEntryHasAStableCodeInItsRangeItsKindAndTheArgumentsItsTextUses() {
    CatalogChecks.verify(StarterMessage.values(), "RTR-12\\d\\d");
  }
}
