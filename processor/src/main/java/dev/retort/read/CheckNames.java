package dev.retort.read;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Names an anonymous check constraint as PostgreSQL does: {@code <table>_<column>_check} when the
 * expression reads exactly one column, else {@code <table>_check}, numbered {@code check1},
 * {@code check2}, ... past names already taken.
 */
final class CheckNames {

  private CheckNames() {}

  /** The name PostgreSQL gives the anonymous check {@code expression} on a table with {@code storedColumns}. */
  static String name(String storedTable, Collection<String> storedColumns, String expression, Predicate<String> taken) {
    Set<String> read = columnsRead(expression, storedColumns);
    // PostgreSQL's AddRelationNewConstraints names a check after its column only when it reads one.
    String column = read.size() == 1 ? read.iterator().next() : null;
    String name = Identifiers.makeObjectName(storedTable, column, "check");
    for (int pass = 1; taken.test(name); pass++) {
      name = Identifiers.makeObjectName(storedTable, column, "check" + pass);
    }
    return name;
  }

  /**
   * The columns among {@code storedColumns} that {@code expression} mentions, outside string
   * literals, function names and type casts; a close approximation of PostgreSQL's parse.
   */
  static Set<String> columnsRead(String expression, Collection<String> storedColumns) {
    Set<String> read = new LinkedHashSet<>();
    int i = 0;
    int length = expression.length();
    while (i < length) {
      char c = expression.charAt(i);
      if (c == '\'') {
        i = skipQuoted(expression, i, '\'');
      } else if (c == '"') {
        int end = skipQuoted(expression, i, '"');
        String identifier = expression.substring(i + 1, end - 1).replace("\"\"", "\"");
        mention(read, storedColumns, identifier, expression, i, end);
        i = end;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i;
        while (end < length && (Character.isLetterOrDigit(expression.charAt(end)) || expression.charAt(end) == '_'
            || expression.charAt(end) == '$')) {
          end++;
        }
        mention(read, storedColumns, Identifiers.folded(expression.substring(i, end)), expression, i, end);
        i = end;
      } else if (Character.isDigit(c)) {
        // A number such as 1e5 must not read as the identifier e5.
        while (i < length && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '.')) {
          i++;
        }
      } else {
        i++;
      }
    }
    return read;
  }

  private static void mention(Set<String> read, Collection<String> columns, String identifier, String expression, int start, int end) {
    String before = expression.substring(0, start).stripTrailing();
    String after = expression.substring(end).stripLeading();
    if (before.endsWith("::") || before.endsWith(".") || after.startsWith("(") || after.startsWith(".")) {
      return;
    }
    if (columns.contains(identifier)) {
      read.add(identifier);
    }
  }

  /** The index just past the literal or quoted identifier opening at {@code start}, doubled quotes included. */
  private static int skipQuoted(String text, int start, char quote) {
    int i = start + 1;
    while (i < text.length()) {
      if (text.charAt(i) == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return text.length();
  }
}
