package dev.retort.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RestoredExpressionsTest {

  @Test
  void anArrayCastElementByElementReadsAsTheCastOfTheArray() {
    assertEquals("((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))",
        RestoredExpressions.canonical(
            "((status)::text = ANY (ARRAY[('A'::character varying)::text, ('B'::character varying)::text]))"));
  }

  @Test
  void literalsWithQuotesCommasAndBracketsSurviveTheRewrite() {
    assertEquals("((k)::text <> ALL ((ARRAY['it''s, ]'::character varying, ')::x'::character varying])::text[]))",
        RestoredExpressions.canonical(
            "((k)::text <> ALL (ARRAY[('it''s, ]'::character varying)::text, (')::x'::character varying)::text]))"));
  }

  @Test
  void theFormBeforeARestoreAndOtherExpressionsStayAsTheyAre() {
    for (String text : new String[] {
        "((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))",
        "((e = ANY (ARRAY['p'::text, 'q''r'::text])))",
        "((s >= 0) AND (s <= 2))",
        "(x = ANY (ARRAY[(1)::bigint, (2)::bigint]))",
        "(x = ANY (ARRAY[('a'::character varying)::text, ('b'::text)::text]))",
        "(ARRAY[('a'::character varying)::text"}) {
      assertEquals(text, RestoredExpressions.canonical(text), text);
    }
    assertEquals(null, RestoredExpressions.canonical(null));
  }
}
