package dev.retort.runtime.tooling;

import java.util.List;
import java.util.function.Consumer;

/**
 * Writes the canonical text checksums are computed from: values as {@code Kind(field=value,...)},
 * lists as {@code [a,b]}, strings double-quoted with {@code "}, {@code \}, line feed and carriage
 * return escaped, numbers in decimal, absent values as {@code null}. The grammar is part of the
 * checksum encoding and never changes; {@link ChecksumEncodingV1} decides what goes into it.
 */
final class CanonicalText {

  private final StringBuilder out;

  /** Whether the next field of the value being written needs a comma before it. */
  private boolean separate;

  CanonicalText(StringBuilder out) {
    this.out = out;
  }

  /** Starts a value of the given kind: {@code Kind(}. */
  CanonicalText begin(String kind) {
    out.append(kind).append('(');
    separate = false;
    return this;
  }

  /** Ends the value begun last: {@code )}. */
  CanonicalText end() {
    out.append(')');
    // The value just ended was a field of the enclosing one (or a list item, or the whole text).
    separate = true;
    return this;
  }

  /** Starts a field whose value the caller writes next, with {@link #begin} or a list. */
  CanonicalText key(String name) {
    if (separate) {
      out.append(',');
    }
    out.append(name).append('=');
    separate = true;
    return this;
  }

  /** A string field, or {@code null}. */
  CanonicalText string(String name, String value) {
    key(name);
    string(value);
    return this;
  }

  /** A boolean field. */
  CanonicalText flag(String name, boolean value) {
    key(name).out.append(value);
    return this;
  }

  /** A number field. */
  CanonicalText number(String name, long value) {
    key(name).out.append(value);
    return this;
  }

  /** An optional number field: the number, or {@code null}. */
  CanonicalText optionalNumber(String name, Number value) {
    key(name).out.append(value == null ? "null" : value.toString());
    return this;
  }

  /** A field holding one of a fixed set of words (an enumeration's frozen constant names). */
  CanonicalText word(String name, String word) {
    key(name).out.append(word);
    return this;
  }

  /** A field that is absent: {@code null}. */
  CanonicalText absent(String name) {
    key(name).out.append("null");
    return this;
  }

  /** A field holding a list of strings. */
  CanonicalText strings(String name, List<String> values) {
    return list(name, values, this::string);
  }

  /** A field holding a list, each item written by {@code item}. */
  <T> CanonicalText list(String name, List<T> values, Consumer<T> item) {
    key(name).out.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      item.accept(values.get(i));
    }
    out.append(']');
    separate = true;
    return this;
  }

  /** A string value, or {@code null}, without a field name (a list item or the whole text). */
  void string(String value) {
    if (value == null) {
      out.append("null");
      return;
    }
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    out.append('"');
  }
}
