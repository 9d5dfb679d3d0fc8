package dev.retort.compare;

import dev.retort.model.QualifiedName;
import java.util.HashMap;
import java.util.Map;

/**
 * The renames a developer declared (Retort never guesses them): tables by old and new name, and
 * columns by the table's new name and the column's old and new name.
 */
public record RenameHints(Map<QualifiedName, QualifiedName> tables, Map<QualifiedName, Map<String, String>> columns) {

  public RenameHints {
    tables = Map.copyOf(tables);
    Map<QualifiedName, Map<String, String>> copy = new HashMap<>();
    columns.forEach((table, renames) -> copy.put(table, Map.copyOf(renames)));
    columns = Map.copyOf(copy);
  }

  /** No renames. */
  public static RenameHints none() {
    return new RenameHints(Map.of(), Map.of());
  }

  /** These hints plus a table rename. */
  public RenameHints renameTable(QualifiedName from, QualifiedName to) {
    Map<QualifiedName, QualifiedName> more = new HashMap<>(tables);
    more.put(from, to);
    return new RenameHints(more, columns);
  }

  /** These hints plus a column rename in the table called {@code table} after the change. */
  public RenameHints renameColumn(QualifiedName table, String from, String to) {
    Map<QualifiedName, Map<String, String>> more = new HashMap<>(columns);
    Map<String, String> forTable = new HashMap<>(more.getOrDefault(table, Map.of()));
    forTable.put(from, to);
    more.put(table, forTable);
    return new RenameHints(tables, more);
  }
}
