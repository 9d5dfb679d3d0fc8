package dev.retort.live;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.Identity;
import dev.retort.model.Index;
import dev.retort.model.IndexColumn;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The drift check's probe tables: PostgreSQL rewrites check constraints, column defaults and
 * partial-index predicates into its own text, and only those need the server's words; the rest of a
 * table (types, keys, indexes, foreign keys) reads back from the catalog exactly as the model states
 * it, which the diff's and the reader's round-trip tests prove. So each table gets a small probe:
 * the columns its expressions mention, with their types and defaults, its checks and its partial
 * indexes, without keys or names of its own; and tables whose probes are alike share one. Creating
 * these instead of the whole schema made the drift check on a thousand tables several times cheaper.
 */
final class ServerWording {

  private final Map<Table, Table> probes = new LinkedHashMap<>();
  private final Map<QualifiedName, Table> keyOf = new LinkedHashMap<>();

  /** Plans the probes of every table of {@code model} that has an expression the server rewrites. */
  ServerWording(SchemaModel model) {
    for (Table table : model.tables()) {
      Table key = key(table);
      if (key != null) {
        keyOf.put(table.name(), key);
        probes.computeIfAbsent(key, k -> named(k, "retort_probe_" + probes.size()));
      }
    }
  }

  /** The probe tables to create, each under a name of its own. */
  List<Table> probes() {
    return new ArrayList<>(probes.values());
  }

  /**
   * {@code model} with every check, default and partial-index predicate replaced by the server's
   * wording of it, as {@code read} (the catalog holding the probes) shows it.
   */
  SchemaModel reworded(SchemaModel model, SchemaModel read) {
    List<Table> tables = new ArrayList<>();
    for (Table table : model.tables()) {
      Table key = keyOf.get(table.name());
      if (key == null) {
        tables.add(table);
        continue;
      }
      Table probe = probes.get(key);
      Table wording = read.table(probe.name()).orElseThrow(
          () -> new IllegalStateException("the probe " + probe.name() + " of " + table.name() + " was not read back"));
      tables.add(reword(table, probe, wording));
    }
    return new SchemaModel(model.schemas(), tables, read.sequences(), read.enumTypes());
  }

  private static Table reword(Table table, Table probe, Table wording) {
    List<Column> columns = new ArrayList<>();
    for (Column column : table.columns()) {
      if (column.defaultValue() == null) {
        columns.add(column);
      } else {
        String worded = wording.column(column.name()).map(Column::defaultValue).orElse(column.defaultValue());
        columns.add(new Column(column.name(), column.type(), column.nullable(), worded, column.identity(), column.comment()));
      }
    }
    List<CheckConstraint> checks = new ArrayList<>();
    for (int i = 0; i < table.checks().size(); i++) {
      CheckConstraint check = table.checks().get(i);
      String name = checkName(i);
      String worded = wording.checks().stream().filter(c -> c.name().equals(name)).findFirst()
          .map(CheckConstraint::expression).orElse(check.expression());
      checks.add(new CheckConstraint(check.name(), worded));
    }
    List<Index> indexes = new ArrayList<>();
    int partial = 0;
    for (Index index : table.indexes()) {
      if (index.where() == null) {
        indexes.add(index);
        continue;
      }
      String name = probe.indexes().get(partial++).name();
      String worded = wording.indexes().stream().filter(x -> x.name().equals(name)).findFirst()
          .map(Index::where).orElse(index.where());
      indexes.add(new Index(index.name(), index.columns(), index.unique(), worded));
    }
    return new Table(table.name(), columns, table.primaryKey(), table.uniqueConstraints(), indexes, table.foreignKeys(),
        checks, table.comment());
  }

  /**
   * What the server must word for {@code table}, with placeholder names so that alike tables give
   * equal keys; null when the table has no check, default or partial index.
   */
  private static Table key(Table table) {
    List<Index> partial = table.indexes().stream().filter(i -> i.where() != null).toList();
    boolean hasDefault = table.columns().stream().anyMatch(c -> c.defaultValue() != null);
    if (table.checks().isEmpty() && partial.isEmpty() && !hasDefault) {
      return null;
    }
    List<String> expressions = new ArrayList<>();
    table.checks().forEach(c -> expressions.add(c.expression()));
    partial.forEach(i -> expressions.add(i.where()));
    // One text, folded once; a line break is not a word character, so no name spans two expressions.
    String text = folded(String.join("\n", expressions));
    Set<String> needed = new HashSet<>();
    partial.forEach(i -> i.columns().forEach(c -> needed.add(c.column())));
    List<Column> columns = new ArrayList<>();
    for (Column column : table.columns()) {
      if (column.defaultValue() != null || needed.contains(column.name()) || mentioned(column.name(), text)) {
        // Only the type and the default matter to the wording; identity, keys and nullability do not.
        columns.add(new Column(column.name(), column.type(), true, column.defaultValue(), Identity.NONE, null));
      }
    }
    List<CheckConstraint> checks = new ArrayList<>();
    for (int i = 0; i < table.checks().size(); i++) {
      checks.add(new CheckConstraint(checkName(i), table.checks().get(i).expression()));
    }
    List<Index> indexes = new ArrayList<>();
    for (int i = 0; i < partial.size(); i++) {
      Index index = partial.get(i);
      indexes.add(new Index(placeholder('i', i), index.columns(), index.unique(), index.where()));
    }
    return new Table(QualifiedName.of(table.name().schema(), "probe"), columns, null, List.of(), indexes, List.of(), checks,
        null);
  }

  /** The key under the probe's own name; index names get it as a prefix, as they share the schema's namespace. */
  private static Table named(Table key, String name) {
    List<Index> indexes = key.indexes().stream()
        .map(i -> new Index(name + "_" + i.name(), i.columns(), i.unique(), i.where()))
        .toList();
    return new Table(QualifiedName.of(key.name().schema(), name), key.columns(), null, List.of(), indexes, List.of(),
        key.checks(), null);
  }

  /**
   * Whether expressions ({@code foldedText}, see {@link #folded}) may mention the column: an
   * occurrence of its name, ignoring case, that no letter, digit, {@code _} or {@code $} touches (a
   * superset is harmless). Written out rather than as a regular expression per column: compiling
   * one for each of a thousand tables' columns was most of the drift check's own time.
   */
  static boolean mentioned(String column, String foldedText) {
    String name = folded(column);
    // A name holding a double quote is written with it doubled inside a quoted identifier.
    return occurs(name, foldedText) || (name.indexOf('"') >= 0 && occurs(name.replace("\"", "\"\""), foldedText));
  }

  private static boolean occurs(String name, String foldedText) {
    for (int at = foldedText.indexOf(name); at >= 0; at = foldedText.indexOf(name, at + 1)) {
      int end = at + name.length();
      if ((at == 0 || !isWordChar(foldedText.charAt(at - 1)))
          && (end == foldedText.length() || !isWordChar(foldedText.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** The text with each character case-folded on its own, as a case-insensitive regular expression compares them. */
  static String folded(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
    }
    return new String(chars);
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
  }

  private static String checkName(int i) {
    return placeholder('c', i);
  }

  /** {@code c0001}: a placeholder name, sorting as its number does (the model sorts checks and indexes by name). */
  private static String placeholder(char kind, int i) {
    String digits = Integer.toString(i);
    return kind + "0000".substring(Math.min(4, digits.length())) + digits;
  }
}
