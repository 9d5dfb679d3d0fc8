package dev.retort.snapshot;

import dev.retort.design.DesignMessage;
import dev.retort.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the tokens of one snapshot line from left to right and, when a token is not what the
 * grammar allows there, fails with the line number, what was expected and what was found.
 */
final class LineCursor {

  private static final int MAX_SHOWN = 40;

  private final String source;
  private final int number;
  private final String line;
  private int pos;

  LineCursor(String source, int number, String line, int start) {
    this.source = source;
    this.number = number;
    this.line = line;
    this.pos = start;
  }

  int number() {
    return number;
  }

  /** The current position, to come back to with {@link #reset(int)} when a message should point earlier. */
  int mark() {
    skipSpaces();
    return pos;
  }

  void reset(int mark) {
    pos = mark;
  }

  /** Whether only spaces remain. */
  boolean atEnd() {
    skipSpaces();
    return pos >= line.length();
  }

  /** Fails unless only spaces remain. */
  void end() {
    if (!atEnd()) {
      throw malformed("the end of the line");
    }
  }

  /** Whether the next token is the bare word {@code word}, without consuming it. */
  boolean peekKeyword(String word) {
    skipSpaces();
    return line.startsWith(word, pos)
        && (pos + word.length() == line.length() || !SnapshotSyntax.isWordChar(line.charAt(pos + word.length())));
  }

  /** Consumes the bare word {@code word} if it comes next. */
  boolean tryKeyword(String word) {
    if (peekKeyword(word)) {
      pos += word.length();
      return true;
    }
    return false;
  }

  /** Consumes the bare word {@code word}, or fails. */
  void keyword(String word) {
    if (!tryKeyword(word)) {
      throw malformed("`" + word + "`");
    }
  }

  /** Consumes the punctuation {@code c} if it comes next. */
  boolean tryPunct(char c) {
    skipSpaces();
    if (pos < line.length() && line.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  /** Consumes the punctuation {@code c}, or fails. */
  void punct(char c) {
    if (!tryPunct(c)) {
      throw malformed("`" + c + "`");
    }
  }

  /** A name: bare lower-case identifier or double-quoted string. */
  String name() {
    skipSpaces();
    if (pos < line.length() && line.charAt(pos) == '"') {
      return text();
    }
    int start = pos;
    int stop = wordEnd(start);
    String word = line.substring(start, stop);
    if (!SnapshotSyntax.isBareName(word)) {
      throw malformed("a name (lower-case letters, digits, `_` and `$`, or double-quoted)");
    }
    pos = stop;
    return word;
  }

  /** {@code name} or {@code schema.name}. */
  QualifiedName qualifiedName() {
    String first = name();
    if (pos < line.length() && line.charAt(pos) == '.') {
      pos++;
      String second = name();
      return model(() -> QualifiedName.of(first, second));
    }
    return model(() -> QualifiedName.of(first));
  }

  /** A parenthesized, comma-separated list of at least one name. */
  List<String> nameList() {
    List<String> names = new ArrayList<>();
    punct('(');
    do {
      names.add(name());
    } while (tryPunct(','));
    punct(')');
    return names;
  }

  /** A revision id, bare or quoted; null for {@code none}. */
  String revision() {
    skipSpaces();
    if (pos < line.length() && line.charAt(pos) == '"') {
      return text();
    }
    int stop = pos;
    while (stop < line.length() && (SnapshotSyntax.isWordChar(line.charAt(stop)) || line.charAt(stop) == '.'
        || line.charAt(stop) == '-')) {
      stop++;
    }
    String word = line.substring(pos, stop);
    if (!SnapshotSyntax.BARE_REVISION.matcher(word).matches()) {
      throw malformed("a revision id or `" + SnapshotSyntax.NO_HEAD + "`");
    }
    pos = stop;
    return word.equals(SnapshotSyntax.NO_HEAD) ? null : word;
  }

  /** A double-quoted string with the escapes {@link SnapshotSyntax#text(String)} writes. */
  String text() {
    skipSpaces();
    if (pos >= line.length() || line.charAt(pos) != '"') {
      throw malformed("a double-quoted string");
    }
    int opening = pos;
    StringBuilder value = new StringBuilder();
    int i = pos + 1;
    while (true) {
      if (i >= line.length()) {
        pos = line.length();
        throw malformed("the closing `\"` of the string that starts at column " + (opening + 1));
      }
      char c = line.charAt(i);
      if (c == '"') {
        pos = i + 1;
        return value.toString();
      }
      if (c != '\\') {
        value.append(c);
        i++;
        continue;
      }
      if (i + 1 >= line.length()) {
        pos = i;
        throw malformed("an escape sequence after `\\`");
      }
      char escaped = line.charAt(i + 1);
      switch (escaped) {
        case '"' -> value.append('"');
        case '\\' -> value.append('\\');
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'u' -> {
          if (i + 6 > line.length() || !isHex(line.substring(i + 2, i + 6))) {
            pos = i;
            throw malformed("four hexadecimal digits after `\\u`");
          }
          value.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
          i += 4;
        }
        default -> {
          pos = i;
          throw malformed("an escape sequence (`\\\"`, `\\\\`, `\\n`, `\\r`, `\\t` or `\\uXXXX`)");
        }
      }
      i += 2;
    }
  }

  /** A decimal {@code long}, optionally negative. */
  long longValue() {
    skipSpaces();
    int stop = pos;
    if (stop < line.length() && line.charAt(stop) == '-') {
      stop++;
    }
    while (stop < line.length() && Character.isDigit(line.charAt(stop)) && line.charAt(stop) < 0x80) {
      stop++;
    }
    try {
      long value = Long.parseLong(line.substring(pos, stop));
      if (stop < line.length() && SnapshotSyntax.isWordChar(line.charAt(stop))) {
        throw new NumberFormatException();
      }
      pos = stop;
      return value;
    } catch (NumberFormatException e) {
      throw malformed("a whole number");
    }
  }

  /** A decimal {@code int}, optionally negative. */
  int intValue() {
    int start = pos;
    long value = longValue();
    if (value != (int) value) {
      pos = start;
      throw malformed("a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
    }
    return (int) value;
  }

  /**
   * Runs a model constructor, turning the {@link IllegalArgumentException} by which the model
   * records reject an impossible schema into a failure at this line.
   */
  <T> T model(Supplier<T> construction) {
    try {
      return construction.get();
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage(), e);
    }
  }

  /** A failure saying what the grammar expected at the current token. */
  SnapshotException malformed(String expected) {
    return new SnapshotException(source, number, DesignMessage.SNAPSHOT_MALFORMED, expected, found());
  }

  /** A failure saying that the line is well-formed but describes something the model forbids. */
  SnapshotException invalid(String detail, Throwable cause) {
    return cause == null
        ? new SnapshotException(source, number, DesignMessage.SNAPSHOT_INVALID, detail)
        : new SnapshotException(cause, source, number, DesignMessage.SNAPSHOT_INVALID, detail);
  }

  private String found() {
    skipSpaces();
    if (pos >= line.length()) {
      return "the end of the line";
    }
    int stop;
    if (line.charAt(pos) == '"') {
      stop = pos + 1;
      while (stop < line.length() && line.charAt(stop) != '"') {
        stop += line.charAt(stop) == '\\' ? 2 : 1;
      }
      stop = Math.min(stop + 1, line.length());
    } else if (line.charAt(pos) == '\t') {
      return "a tab";
    } else {
      stop = pos;
      while (stop < line.length() && line.charAt(stop) != ' ') {
        stop++;
      }
    }
    String token = line.substring(pos, stop);
    if (token.length() > MAX_SHOWN) {
      token = token.substring(0, MAX_SHOWN) + "...";
    }
    return "`" + token + "`";
  }

  private int wordEnd(int start) {
    int stop = start;
    while (stop < line.length() && SnapshotSyntax.isWordChar(line.charAt(stop))) {
      stop++;
    }
    return stop;
  }

  private void skipSpaces() {
    while (pos < line.length() && line.charAt(pos) == ' ') {
      pos++;
    }
  }

  private static boolean isHex(String digits) {
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), 16) < 0 || digits.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
