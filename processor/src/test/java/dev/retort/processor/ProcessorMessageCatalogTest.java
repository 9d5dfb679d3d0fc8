package dev.retort.processor;

import dev.retort.message.CatalogChecks;
import org.junit.jupiter.api.Test;

/** The catalog of {@link ProcessorMessage}, checked as a whole by {@link CatalogChecks}. */
class ProcessorMessageCatalogTest {

  @Test
  void everyEntryHasAStableCodeInItsRangeItsKindAndTheArgumentsItsTextUses() {
    CatalogChecks.verify(ProcessorMessage.values(), "RTR-9\\d\\d", "RTR-10\\d\\d");
  }
}
