package dev.retort.cli;

import dev.retort.message.CatalogChecks;
import dev.retort.design.DesignMessage;
import dev.retort.message.Message;
import dev.retort.processor.ProcessorMessage;
import org.junit.jupiter.api.Test;

/** The catalog of {@link CliMessage}, checked as a whole by {@link CatalogChecks}. */
class CliMessageCatalogTest {

  @Test
  void everyEntryHasAStableCodeInItsRangeItsKindAndTheArgumentsItsTextUses() {
    CatalogChecks.verify(CliMessage.values(), "RTR-11\\d\\d");
  }

  @Test
  void noCodeIsUsedTwiceAcrossTheCatalogsTheCommandLineShows() {
    CatalogChecks.codesAreUniqueAcross(Message.values(), DesignMessage.values(), ProcessorMessage.values(), CliMessage.values());
  }
}
