package dev.retort.render.java;

import com.palantir.javapoet.CodeBlock;

/**
 * {@link CodeBlock#of} with Retort's own string literals for {@code $S}: JavaPoet's literal leaves
 * U+2028 and U+2029 raw and then breaks the line at them (its writer splits on every Unicode line
 * separator), which cuts the literal in two and the source no longer compiles.
 */
final class JavaCode {

  private JavaCode() {}

  /** A code block from a format of {@code $L}, {@code $S}, {@code $T}, {@code $W} and {@code $Z}. */
  static CodeBlock of(String format, Object... args) {
    StringBuilder converted = new StringBuilder(format.length());
    Object[] converts = args.clone();
    int arg = 0;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c != '$' || i + 1 == format.length()) {
        converted.append(c);
        continue;
      }
      char kind = format.charAt(++i);
      if (kind == 'S') {
        converts[arg] = literal((String) args[arg]);
        converted.append("$L");
        arg++;
      } else {
        converted.append('$').append(kind);
        if (kind == 'L' || kind == 'T' || kind == 'N') {
          arg++;
        }
      }
    }
    if (arg != args.length) {
      throw new IllegalArgumentException("format '" + format + "' takes " + arg + " arguments, not " + args.length);
    }
    return CodeBlock.of(converted.toString(), converts);
  }

  /**
   * The literal of {@code value}; one with line breaks continues after each break on a line of
   * its own, indented one step, so that multi-line SQL reads as it will run.
   */
  static CodeBlock literal(String value) {
    String[] lines = stringLiteral(value).split("\n", -1);
    if (lines.length == 1) {
      return CodeBlock.of("$L", lines[0]);
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$L", lines[0]).indent();
    for (int i = 1; i < lines.length; i++) {
      code.add("\n$L", lines[i]);
    }
    return code.unindent().build();
  }

  /**
   * A Java string literal for {@code value}, or {@code null}. Printable characters, Unicode ones
   * included, stay as they are for the reader; control characters, line and paragraph separators
   * and lone surrogates are escaped; a literal with line breaks continues on the next line after
   * each break, as a concatenation.
   */
  static String stringLiteral(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\n':
          out.append("\\n");
          if (i + 1 < value.length()) {
            out.append("\"\n+ \"");
          }
          break;
        default:
          if (mustEscape(value, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  private static boolean mustEscape(String value, int i) {
    char c = value.charAt(i);
    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
      return true;
    }
    // A surrogate without its partner cannot be written as UTF-8; escaped, it survives.
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
    }
    return false;
  }
}
