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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The drift check's probe tables: PostgreSQL rewrites check constraints, column defaults and
 * partial-index predicates into its own text, and only those need the server's words; the rest of a
 * table (types, keys, indexes, foreign keys) reads back from the catalog exactly as the model states
 * it, which the diff's and the reader's round-trip tests prove. So each table gets a small probe:
 * the columns its expressions mention, with their types and defaults, its checks and its partial
 * indexes, without keys or names of its own; and tables whose probes are alike share one. Creating
 * these instead of the whole schema made the drift check on a thousand tables several times cheaper.
 *
 * <p>Given the live schema, an expression whose text the live counterpart (same table, and check,
 * column or index of the same name) already holds is not probed: both sides already say the same
 * thing in the same session, and the server's wording of it could only tell them apart falsely.
 */
final class ServerWording {

  private final SchemaModel model;
  /** The expressions to word of each table of the model, by position; null for a table with none. */
  private final List<Plan> plans = new ArrayList<>();
  /** The probes by their key (see {@link #key}), each created once. */
  private final Map<String, Table> probes = new LinkedHashMap<>();

  /** Plans the probes of every table of {@code model} that has an expression the server rewrites. */
  ServerWording(SchemaModel model) {
    this(model, null);
  }

  /**
   * Plans the probes of the expressions of {@code model} whose text differs from that of their
   * counterpart in {@code live}; with a null {@code live}, of every expression.
   */
  ServerWording(SchemaModel model, SchemaModel live) {
    this.model = model;
    for (Table table : model.tables()) {
      Table liveTable = live == null ? null : live.table(table.name()).orElse(null);
      plans.add(plan(table, liveTable));
    }
  }

  /** The probe tables to create, each under a name of its own. */
  List<Table> probes() {
    return new ArrayList<>(probes.values());
  }

  /**
   * The model with every planned check, default and partial-index predicate replaced by the
   * server's wording of it, as {@code read} (the catalog holding the probes) shows it; the
   * sequences and enum types are {@code read}'s.
   */
  SchemaModel reworded(SchemaModel read) {
    List<Table> tables = new ArrayList<>();
    Map<String, Table> wordings = new HashMap<>();
    for (int i = 0; i < model.tables().size(); i++) {
      Table table = model.tables().get(i);
      Plan plan = plans.get(i);
      if (plan == null) {
        tables.add(table);
        continue;
      }
      Table probe = probes.get(plan.key);
      Table wording = wordings.computeIfAbsent(plan.key, k -> read.table(probe.name()).orElseThrow(
          () -> new IllegalStateException("the probe " + probe.name() + " of " + table.name() + " was not read back")));
      tables.add(reword(table, plan, probe.name().name(), wording));
    }
    return new SchemaModel(model.schemas(), tables, read.sequences(), read.enumTypes());
  }

  /** Which of a table's expressions need the server's words, and the key of the probe that words them. */
  private record Plan(Set<String> defaults, List<Integer> checks, List<Integer> indexes, String key) {}

  private Plan plan(Table table, Table live) {
    Set<String> defaults = new HashSet<>();
    for (Column column : table.columns()) {
      if (column.defaultValue() != null && !sameText(column.defaultValue(), live, l -> l.column(column.name())
          .map(Column::defaultValue).orElse(null))) {
        defaults.add(column.name());
      }
    }
    List<Integer> checks = new ArrayList<>();
    for (int i = 0; i < table.checks().size(); i++) {
      CheckConstraint check = table.checks().get(i);
      if (!sameText(check.expression(), live, l -> checkText(l, check.name()))) {
        checks.add(i);
      }
    }
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < table.indexes().size(); i++) {
      Index index = table.indexes().get(i);
      if (index.where() != null && !sameText(index.where(), live, l -> predicate(l, index.name()))) {
        indexes.add(i);
      }
    }
    if (defaults.isEmpty() && checks.isEmpty() && indexes.isEmpty()) {
      return null;
    }
    List<Column> columns = probeColumns(table, defaults, checks, indexes);
    String key = key(table, columns, checks, indexes);
    if (!probes.containsKey(key)) {
      probes.put(key, probe(table, columns, checks, indexes, "retort_probe_" + probes.size()));
    }
    return new Plan(defaults, checks, indexes, key);
  }

  private static boolean sameText(String expression, Table live, Function<Table, String> counterpart) {
    return live != null && expression.equals(counterpart.apply(live));
  }

  /** The text of the table's check of that name, or null. */
  private static String checkText(Table table, String name) {
    for (CheckConstraint check : table.checks()) {
      if (check.name().equals(name)) {
        return check.expression();
      }
    }
    return null;
  }

  /** The predicate of the table's index of that name, or null. */
  private static String predicate(Table table, String name) {
    for (Index index : table.indexes()) {
      if (index.name().equals(name)) {
        return index.where();
      }
    }
    return null;
  }

  /**
   * The columns a probe needs: those whose default it words, those its partial indexes are on, and
   * those its checks and predicates may mention.
   */
  private static List<Column> probeColumns(Table table, Set<String> defaults, List<Integer> checks, List<Integer> indexes) {
    StringBuilder expressions = new StringBuilder();
    Set<String> needed = new HashSet<>(defaults);
    for (int i : checks) {
      expressions.append(table.checks().get(i).expression()).append('\n');
    }
    for (int i : indexes) {
      Index index = table.indexes().get(i);
      expressions.append(index.where()).append('\n');
      for (IndexColumn column : index.columns()) {
        needed.add(column.column());
      }
    }
    // One text, folded once; a line break is not a word character, so no name spans two expressions.
    String text = folded(expressions.toString());
    List<Column> columns = new ArrayList<>();
    for (Column column : table.columns()) {
      if (needed.contains(column.name()) || mentioned(column.name(), text)) {
        // Only the type and the default matter to the wording; identity, keys and nullability do not.
        String defaultValue = defaults.contains(column.name()) ? column.defaultValue() : null;
        columns.add(new Column(column.name(), column.type(), true, defaultValue, Identity.NONE, null));
      }
    }
    return columns;
  }

  /**
   * What the probe of a table's planned expressions holds, as text: tables with equal keys share
   * a probe. A string rather than the probe table itself, whose hash and equality a cold JVM
   * computes slowly for a thousand tables.
   */
  private static String key(Table table, List<Column> columns, List<Integer> checks, List<Integer> indexes) {
    StringBuilder key = new StringBuilder();
    key.append(table.name().schema()).append('\u0001');
    for (Column column : columns) {
      key.append(column.name()).append('\u0002').append(column.type()).append('\u0002').append(column.defaultValue())
          .append('\u0001');
    }
    for (int i : checks) {
      key.append(checkName(i)).append('\u0002').append(table.checks().get(i).expression()).append('\u0001');
    }
    for (int i : indexes) {
      Index index = table.indexes().get(i);
      key.append(indexName(i)).append('\u0002').append(index.unique()).append('\u0002');
      for (IndexColumn column : index.columns()) {
        key.append(column.column()).append(column.descending() ? " desc" : "").append('\u0003');
      }
      key.append('\u0002').append(index.where()).append('\u0001');
    }
    return key.toString();
  }

  /** The probe of a table's planned expressions, under its own name, with placeholder names for the rest. */
  private static Table probe(Table table, List<Column> columns, List<Integer> checks, List<Integer> indexes, String name) {
    List<CheckConstraint> probeChecks = new ArrayList<>();
    for (int i : checks) {
      probeChecks.add(new CheckConstraint(checkName(i), table.checks().get(i).expression()));
    }
    // Index names share the schema's namespace, so they get the probe's name as a prefix.
    List<Index> probeIndexes = new ArrayList<>();
    for (int i : indexes) {
      Index index = table.indexes().get(i);
      probeIndexes.add(new Index(name + "_" + indexName(i), index.columns(), index.unique(), index.where()));
    }
    return new Table(QualifiedName.of(table.name().schema(), name), columns, null, List.of(), probeIndexes, List.of(),
        probeChecks, null);
  }

  private static Table reword(Table table, Plan plan, String probeName, Table wording) {
    List<Column> columns = table.columns();
    if (!plan.defaults.isEmpty()) {
      columns = new ArrayList<>();
      for (Column column : table.columns()) {
        if (plan.defaults.contains(column.name())) {
          String worded = wording.column(column.name()).map(Column::defaultValue).orElse(column.defaultValue());
          columns.add(new Column(column.name(), column.type(), column.nullable(), worded, column.identity(), column.comment()));
        } else {
          columns.add(column);
        }
      }
    }
    List<CheckConstraint> checks = table.checks();
    if (!plan.checks.isEmpty()) {
      checks = new ArrayList<>(table.checks());
      for (int i : plan.checks) {
        CheckConstraint check = table.checks().get(i);
        String worded = Objects.requireNonNullElse(checkText(wording, checkName(i)), check.expression());
        checks.set(i, new CheckConstraint(check.name(), worded));
      }
    }
    List<Index> indexes = table.indexes();
    if (!plan.indexes.isEmpty()) {
      indexes = new ArrayList<>(table.indexes());
      for (int i : plan.indexes) {
        Index index = table.indexes().get(i);
        String worded = Objects.requireNonNullElse(predicate(wording, probeName + "_" + indexName(i)), index.where());
        indexes.set(i, new Index(index.name(), index.columns(), index.unique(), worded));
      }
    }
    return new Table(table.name(), columns, table.primaryKey(), table.uniqueConstraints(), indexes, table.foreignKeys(),
        checks, table.comment());
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

  private static String indexName(int i) {
    return placeholder('i', i);
  }

  /** {@code c0001}: a placeholder name, sorting as its number does (the model sorts checks and indexes by name). */
  private static String placeholder(char kind, int i) {
    String digits = Integer.toString(i);
    return kind + "0000".substring(Math.min(4, digits.length())) + digits;
  }
}
