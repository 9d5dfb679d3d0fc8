package dev.retort.compare;

import dev.retort.model.QualifiedName;
import java.util.HashMap;
import java.util.Map;

/**
 * What the entities declare that two schema models cannot show: the renames (Retort never guesses
 * them), tables by old and new name and columns by the table's new name and the column's old and new
 * name; and the sequence each sequence-generated id column draws its values from, by table and column.
 */
public record RenameHints(Map<QualifiedName, QualifiedName> tables, Map<QualifiedName, Map<String, String>> columns,
    Map<QualifiedName, Map<String, QualifiedName>> idSequences) {

  public RenameHints {
    tables = Map.copyOf(tables);
    columns = copy(columns);
    idSequences = copy(idSequences);
  }

  /** Renames only. */
  public RenameHints(Map<QualifiedName, QualifiedName> tables, Map<QualifiedName, Map<String, String>> columns) {
    this(tables, columns, Map.of());
  }

  private static <V> Map<QualifiedName, Map<String, V>> copy(Map<QualifiedName, Map<String, V>> byTable) {
    Map<QualifiedName, Map<String, V>> copy = new HashMap<>();
    byTable.forEach((table, values) -> copy.put(table, Map.copyOf(values)));
    return Map.copyOf(copy);
  }

  /** No renames and no id sequences. */
  public static RenameHints none() {
    return new RenameHints(Map.of(), Map.of(), Map.of());
  }

  /** These hints plus the sequence the id column {@code column} of {@code table} draws its values from. */
  public RenameHints idSequence(QualifiedName table, String column, QualifiedName sequence) {
    return new RenameHints(tables, columns, plus(idSequences, table, column, sequence));
  }

  /** These hints plus a table rename. */
  public RenameHints renameTable(QualifiedName from, QualifiedName to) {
    Map<QualifiedName, QualifiedName> more = new HashMap<>(tables);
    more.put(from, to);
    return new RenameHints(more, columns, idSequences);
  }

  /** These hints plus a column rename in the table called {@code table} after the change. */
  public RenameHints renameColumn(QualifiedName table, String from, String to) {
    return new RenameHints(tables, plus(columns, table, from, to), idSequences);
  }

  private static <V> Map<QualifiedName, Map<String, V>> plus(Map<QualifiedName, Map<String, V>> byTable,
      QualifiedName table, String key, V value) {
    Map<QualifiedName, Map<String, V>> more = new HashMap<>(byTable);
    Map<String, V> forTable = new HashMap<>(more.getOrDefault(table, Map.of()));
    forTable.put(key, value);
    more.put(table, forTable);
    return more;
  }
}
