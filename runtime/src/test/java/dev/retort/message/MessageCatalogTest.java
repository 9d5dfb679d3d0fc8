package dev.retort.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The runtime's catalog, checked as a whole by {@link CatalogChecks}: codes, kinds and the arguments each text takes. */
class MessageCatalogTest {

  @Test
  void everyEntryHasAStableCodeOfTheRuntimeItsKindAndTheArgumentsItsTextUses() {
    CatalogChecks.verify(Message.values(), "RTR-[1-7]\\d\\d");
  }

  @Test
  void aCallThatPassesTheWrongNumberOfArgumentsFailsWhereAssertionsRun() {
    AssertionError error = assertThrows(AssertionError.class, () -> Message.UNKNOWN_REVISION.text("a", "b", "c"));
    assertEquals("RTR-206 takes 2 arguments, not 3", error.getMessage());
  }
}
