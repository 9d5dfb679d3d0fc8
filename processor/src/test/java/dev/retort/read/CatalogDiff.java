package dev.retort.read;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.render.sql.PostgresSqlRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A readable comparison of two introspected catalogs, table by table and column by column,
 * ignoring column order; defaults and checks are compared as the server's canonical text.
 *
 * <p>Constraints are matched by what they constrain; a constraint both catalogs have under different
 * names is a difference too, since Retort's migrations name constraints and later drop them by name.
 */
public final class CatalogDiff {

  private final List<String> lines = new ArrayList<>();

  private CatalogDiff() {}

  /** Empty when the catalogs are equal; else one line per difference, Hibernate's side first. */
  public static String between(SchemaModel hibernate, SchemaModel retort) {
    CatalogDiff diff = new CatalogDiff();
    diff.compare(hibernate, retort);
    return String.join("\n", diff.lines);
  }

  private void compare(SchemaModel hibernate, SchemaModel retort) {
    if (!hibernate.schemas().equals(retort.schemas())) {
      lines.add("schemas: Hibernate " + new TreeSet<>(hibernate.schemas()) + ", Retort " + new TreeSet<>(retort.schemas()));
    }
    pairs("sequence", byName(hibernate.sequences(), Sequence::name), byName(retort.sequences(), Sequence::name),
        (name, h, r) -> same("sequence " + name, describe(h), describe(r)));
    pairs("table", byName(hibernate.tables(), Table::name), byName(retort.tables(), Table::name),
        (name, h, r) -> table(name, h, r));
  }

  private void table(String name, Table hibernate, Table retort) {
    String t = "table " + name;
    same(t + " comment", hibernate.comment(), retort.comment());
    pairs(t + " column", byKey(hibernate.columns(), Column::name), byKey(retort.columns(), Column::name),
        (column, h, r) -> {
          String c = t + " column " + column;
          same(c + " type", PostgresSqlRenderer.typeName(h.type()), PostgresSqlRenderer.typeName(r.type()));
          same(c + " nullable", h.nullable(), r.nullable());
          same(c + " default", h.defaultValue(), r.defaultValue());
          same(c + " identity", h.identity(), r.identity());
          same(c + " comment", h.comment(), r.comment());
        });
    same(t + " primary key", hibernate.primaryKey(), retort.primaryKey());
    pairs(t + " unique on", byKey(hibernate.uniqueConstraints(), u -> u.columns().toString()),
        byKey(retort.uniqueConstraints(), u -> u.columns().toString()),
        (columns, h, r) -> same(t + " unique on " + columns + " name", h.name(), r.name()));
    pairs(t + " index on", byKey(hibernate.indexes(), CatalogDiff::indexKey), byKey(retort.indexes(), CatalogDiff::indexKey),
        (key, h, r) -> same(t + " index on " + key + " name", h.name(), r.name()));
    pairs(t + " foreign key", byKey(hibernate.foreignKeys(), CatalogDiff::foreignKeyKey),
        byKey(retort.foreignKeys(), CatalogDiff::foreignKeyKey),
        (key, h, r) -> same(t + " foreign key " + key + " name", h.name(), r.name()));
    pairs(t + " check", byKey(hibernate.checks(), CheckConstraint::expression), byKey(retort.checks(), CheckConstraint::expression),
        (expression, h, r) -> same(t + " check " + expression + " name", h.name(), r.name()));
  }

  private static String indexKey(Index index) {
    return index.columns() + (index.unique() ? " unique" : "") + (index.where() == null ? "" : " where " + index.where());
  }

  private static String foreignKeyKey(ForeignKey key) {
    return key.columns() + " -> " + key.referencedTable() + " " + key.referencedColumns()
        + " on delete " + key.onDelete() + " on update " + key.onUpdate();
  }

  private static String describe(Sequence sequence) {
    return "start " + sequence.start() + " increment " + sequence.increment() + " min " + sequence.minValue()
        + " max " + sequence.maxValue() + " cache " + sequence.cache() + (sequence.cycle() ? " cycle" : "");
  }

  private interface PairAction<T> {
    void compare(String key, T hibernate, T retort);
  }

  private <T> void pairs(String what, Map<String, T> hibernate, Map<String, T> retort, PairAction<T> action) {
    for (Map.Entry<String, T> entry : hibernate.entrySet()) {
      T other = retort.get(entry.getKey());
      if (other == null) {
        lines.add(what + " " + entry.getKey() + ": only Hibernate created it");
      } else {
        action.compare(entry.getKey(), entry.getValue(), other);
      }
    }
    retort.keySet().stream().filter(k -> !hibernate.containsKey(k))
        .forEach(k -> lines.add(what + " " + k + ": only Retort created it"));
  }

  private void same(String what, Object hibernate, Object retort) {
    if (!Objects.equals(hibernate, retort)) {
      lines.add(what + ": Hibernate " + hibernate + ", Retort " + retort);
    }
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, QualifiedName> name) {
    return byKey(items, item -> name.apply(item).toString());
  }

  private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
    Map<String, T> map = new TreeMap<>();
    for (T item : items) {
      // Two constraints alike but for their names (two equal checks, say) are both kept.
      String k = key.apply(item);
      for (int n = 2; map.containsKey(k); n++) {
        k = key.apply(item) + " #" + n;
      }
      map.put(k, item);
    }
    return map;
  }
}
