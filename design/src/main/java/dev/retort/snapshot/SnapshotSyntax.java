package dev.retort.snapshot;

import dev.retort.model.QualifiedName;
import dev.retort.render.sql.PostgresIdentifiers;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How names, revision ids and free text are spelled in a snapshot: bare when that reads back
 * unambiguously, double-quoted with backslash escapes otherwise, always on one line.
 */
final class SnapshotSyntax {

  /** The revision ids {@code dev.retort.migration.Revision} accepts, without its length limit. */
  static final Pattern BARE_REVISION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  /** The word that stands for "no revision yet" on the head line. */
  static final String NO_HEAD = "none";

  /**
   * Words that begin a line. A table line starting with one of them is a key or constraint, not a
   * column, so a name spelled like one is quoted; the top-level words are included so that the rule
   * stays "no bare name looks like the start of a line".
   */
  static final Set<String> LINE_KEYWORDS = Set.of(
      "format", "head", "schema", "enum", "sequence", "table",
      "primary", "unique", "index", "foreign", "check", "comment");

  private SnapshotSyntax() {}

  /** The name bare when it is a plain lower-case identifier and no line keyword, quoted otherwise. */
  static String name(String name) {
    if (isBareName(name) && !LINE_KEYWORDS.contains(name)) {
      return name;
    }
    return text(name);
  }

  /** {@code schema.name}, or {@code name} in the default schema, each part spelled by {@link #name(String)}. */
  static String name(QualifiedName name) {
    return name.schema() == null ? name(name.name()) : name(name.schema()) + "." + name(name.name());
  }

  /**
   * Whether {@code name} has the shape of a bare name: PostgreSQL's unquoted lower-case word.
   * Anything else, including upper case, is quoted so that case survives review.
   */
  static boolean isBareName(String name) {
    return PostgresIdentifiers.isLowerCaseWord(name);
  }

  /** The head revision id bare when it looks like one, quoted when it does not or could be read as {@code none}. */
  static String revision(String id) {
    if (BARE_REVISION.matcher(id).matches() && !id.equals(NO_HEAD)) {
      return id;
    }
    return text(id);
  }

  /**
   * The string in double quotes. Quote, backslash, line breaks and tab get their usual escapes;
   * every other character that is invisible, breaks a line in some tool, or cannot be encoded
   * (a lone surrogate) becomes {@code \}{@code uXXXX}, so a reviewer sees it and each entry stays on
   * one line. The set of escaped characters is a fixed list, not Unicode tables, so the text is
   * the same on every JDK.
   */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(c).append(value.charAt(++i));
          } else if (needsEscape(c)) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Whether {@code c} may be part of a bare name or revision id, for telling where a token ends. */
  static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$';
  }

  private static boolean needsEscape(char c) {
    return c < 0x20
        || c >= 0x7F && c <= 0xA0 // DEL, C1 controls (U+0085 breaks lines), no-break space
        || c == 0xAD // soft hyphen
        || c == 0x061C || c == 0x180E
        || c >= 0x2000 && c <= 0x200F // look-alike spaces, zero-width characters, direction marks
        || c >= 0x2028 && c <= 0x202F // line and paragraph separators, bidirectional embeddings
        || c >= 0x205F && c <= 0x206F // invisible operators, bidirectional isolates
        || c == 0x3000
        || c == 0xFEFF
        || c >= 0xFFF9 && c <= 0xFFFB
        || c == 0xFFFE || c == 0xFFFF
        || Character.isSurrogate(c); // only a lone one reaches here, and UTF-8 cannot hold it
  }
}
