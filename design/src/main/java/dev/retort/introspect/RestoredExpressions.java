package dev.retort.introspect;

/**
 * Gives an expression the server deparses differently after a dump and restore the text it had
 * before. PostgreSQL words {@code status IN ('A', 'B')} on a varchar column as {@code
 * ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[])}; {@code pg_dump} writes
 * that text, and parsing it again folds the array cast into its elements, which then read back as
 * {@code ANY (ARRAY[('A'::character varying)::text, ('B'::character varying)::text])}. Both mean the
 * same; this turns the second form into the first, so a restored schema shows no drift.
 */
final class RestoredExpressions {

  private static final String ARRAY = "ARRAY[";

  private RestoredExpressions() {}

  /**
   * {@code expression} with every array of literals cast element by element to one type, {@code
   * ARRAY[('a'::T)::U, ...]}, written as the cast of the array, {@code (ARRAY['a'::T, ...])::U[]};
   * any other text unchanged. Null stays null.
   */
  static String canonical(String expression) {
    if (expression == null || !expression.contains(ARRAY)) {
      return expression;
    }
    StringBuilder out = new StringBuilder(expression.length());
    int at = 0;
    while (true) {
      int start = expression.indexOf(ARRAY, at);
      if (start < 0) {
        break;
      }
      out.append(expression, at, start);
      Folded folded = fold(expression, start + ARRAY.length());
      if (folded == null) {
        out.append(ARRAY);
        at = start + ARRAY.length();
      } else {
        out.append("(ARRAY[").append(folded.elements()).append("])::").append(folded.type()).append("[]");
        at = folded.end();
      }
    }
    return out.append(expression, at, expression.length()).toString();
  }

  /** The elements without their outer casts, that cast's type, and where the array ends. */
  private record Folded(String elements, String type, int end) {}

  /** The array whose elements start at {@code at}, folded, or null when it is not of the restored form. */
  private static Folded fold(String text, int at) {
    StringBuilder elements = new StringBuilder();
    String outerType = null;
    String innerType = null;
    int i = at;
    while (true) {
      // One element: ('literal'::inner)::outer
      if (!text.startsWith("('", i)) {
        return null;
      }
      int literalEnd = literalEnd(text, i + 1);
      if (literalEnd < 0 || !text.startsWith("::", literalEnd)) {
        return null;
      }
      int innerEnd = text.indexOf(")::", literalEnd);
      if (innerEnd < 0) {
        return null;
      }
      String inner = text.substring(literalEnd + 2, innerEnd);
      int outerStart = innerEnd + 3;
      int outerEnd = outerStart;
      while (outerEnd < text.length() && text.charAt(outerEnd) != ',' && text.charAt(outerEnd) != ']') {
        outerEnd++;
      }
      String outer = text.substring(outerStart, outerEnd);
      if (!isTypeName(inner) || !isTypeName(outer) || outerEnd == text.length()
          || (innerType != null && (!inner.equals(innerType) || !outer.equals(outerType)))) {
        return null;
      }
      innerType = inner;
      outerType = outer;
      elements.append(text, i + 1, innerEnd);
      if (text.charAt(outerEnd) == ']') {
        return new Folded(elements.toString(), outerType, outerEnd + 1);
      }
      if (!text.startsWith(", ", outerEnd)) {
        return null;
      }
      elements.append(", ");
      i = outerEnd + 2;
    }
  }

  /** The index just after the string literal that opens at {@code quote}, or -1 when it does not close. */
  private static int literalEnd(String text, int quote) {
    int i = quote + 1;
    while (i < text.length()) {
      if (text.charAt(i) == '\'') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return -1;
  }

  /** A type as the server prints it in a cast, such as {@code text} or {@code character varying}. */
  private static boolean isTypeName(String type) {
    if (type.isEmpty()) {
      return false;
    }
    for (int i = 0; i < type.length(); i++) {
      char c = type.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '_' || c == '.' || c == '"')) {
        return false;
      }
    }
    return true;
  }
}
