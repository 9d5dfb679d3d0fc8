package dev.retort.maven;

import dev.retort.message.CatalogChecks;
import org.junit.jupiter.api.Test;

/** The catalog of {@link PluginMessage}, checked as a whole by {@link CatalogChecks}. */
class PluginMessageCatalogTest {

  @Test
  void everyEntryHasAStableCodeInItsRangeItsKindAndTheArgumentsItsTextUses() {
    CatalogChecks.verify(PluginMessage.values(), "RTR-13\\d\\d");
  }
}
