package dev.retort.live;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which columns a probe must hold: those its checks and partial-index predicates may mention. */
class ServerWordingTest {

  @Test
  void aColumnIsMentionedByItsNameInAnyCase() {
    assertTrue(mentions("status", "status in ('DRAFT','ACTIVE')"));
    assertTrue(mentions("status", "(STATUS)::text = ANY (ARRAY['DRAFT'::character varying])"));
    assertTrue(mentions("Total", "\"Total\" >= 0"));
    assertTrue(mentions("qty", "price > 0 AND qty>0"));
  }

  @Test
  void aColumnIsNotMentionedByAWordThatMerelyContainsItsName() {
    assertFalse(mentions("id", "valid_id > 0"));
    assertFalse(mentions("id", "x$id > 0 OR idx > 0 OR id2 > 0"));
    assertFalse(mentions("stat", "status is not null"));
  }

  @Test
  void aNameIsNotMadeOfTheEndOfOneExpressionAndTheStartOfTheNext() {
    assertFalse(ServerWording.mentioned("ab", ServerWording.folded(String.join("\n", "x > a", "b > 0"))));
  }

  @Test
  void aNameWithADoubleQuoteIsMentionedAsAQuotedIdentifierWritesIt() {
    assertTrue(mentions("say \"hi\"", "(\"say \"\"hi\"\"\" IS NOT NULL)"));
  }

  @Test
  void caseIsFoldedCharacterByCharacterAsACaseInsensitivePatternFoldsIt() {
    // The long s folds to s, the Kelvin sign to k, as java.util.regex compares them with UNICODE_CASE.
    assertTrue(mentions("status", "\u017Ftatus > 0"));
    assertTrue(mentions("kind", "\u212Aind > 0"));
  }

  private static boolean mentions(String column, String expression) {
    return ServerWording.mentioned(column, ServerWording.folded(expression));
  }
}
