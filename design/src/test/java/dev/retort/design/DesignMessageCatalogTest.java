package dev.retort.design;

import dev.retort.message.CatalogChecks;
import org.junit.jupiter.api.Test;

/** The catalog of {@link DesignMessage}, checked as a whole by {@link CatalogChecks}. */
class DesignMessageCatalogTest {

  @Test
  void everyEntryHasAStableCodeInItsRangeItsKindAndTheArgumentsItsTextUses() {
    CatalogChecks.verify(DesignMessage.values(), "RTR-8\\d\\d", "RTR-10\\d\\d");
  }
}
