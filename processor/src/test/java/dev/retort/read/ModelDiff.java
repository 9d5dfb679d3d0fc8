package dev.retort.read;

import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.render.sql.PostgresSqlRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A readable comparison of two schema models, one line per fact, ignoring column order (which
 * Hibernate's DDL rearranges and no validation checks).
 */
final class ModelDiff {

  private ModelDiff() {}

  /** The facts of {@code model}, sorted. */
  static TreeSet<String> facts(SchemaModel model) {
    TreeSet<String> facts = new TreeSet<>();
    model.schemas().forEach(s -> facts.add("schema " + s));
    model.enumTypes().forEach(e -> facts.add("enum type " + e.name() + " " + e.values()));
    model.sequences().forEach(s -> facts.add("sequence " + s.name() + " start " + s.start() + " increment " + s.increment()));
    for (Table table : model.tables()) {
      String t = "table " + table.name();
      facts.add(t + (table.comment() == null ? "" : " comment '" + table.comment() + "'"));
      for (Column c : table.columns()) {
        // A raw definition is compared by what it means, because Hibernate caches computed type names in
        // columns that TABLE_PER_CLASS tables share, where they look like an explicit columnDefinition.
        ColumnType type = c.type() instanceof ColumnType.Raw raw ? HibernateOracle.parse(raw.definition()) : c.type();
        facts.add(t + " column " + c.name() + " " + PostgresSqlRenderer.typeName(type)
            + (c.nullable() ? " null" : " not null") + (c.identity().name().equals("NONE") ? "" : " identity " + c.identity())
            + (c.defaultValue() == null ? "" : " default " + c.defaultValue())
            + (c.comment() == null ? "" : " comment '" + c.comment() + "'"));
      }
      if (table.primaryKey() != null) {
        facts.add(t + " primary key " + table.primaryKey().name() + " " + table.primaryKey().columns());
      }
      table.uniqueConstraints().forEach(u -> facts.add(t + " unique " + u.name() + " " + u.columns()));
      table.indexes().forEach(i -> facts.add(t + " index " + i.name() + " " + i.columns() + (i.unique() ? " unique" : "")));
      table.foreignKeys().forEach(f -> facts.add(t + " foreign key " + f.name() + " " + f.columns() + " -> "
          + f.referencedTable() + " " + f.referencedColumns()));
      table.checks().forEach(c -> facts.add(t + " check " + c.name() + " (" + c.expression() + ")"));
    }
    return facts;
  }

  /** Empty when equal; else the facts only Hibernate has (-) and only Retort has (+). */
  static String between(SchemaModel hibernate, SchemaModel retort) {
    TreeSet<String> expected = facts(hibernate);
    TreeSet<String> actual = facts(retort);
    List<String> lines = new ArrayList<>();
    for (String fact : expected) {
      if (!actual.contains(fact)) {
        lines.add("- " + fact + "   (Hibernate only)");
      }
    }
    for (String fact : actual) {
      if (!expected.contains(fact)) {
        lines.add("+ " + fact + "   (Retort only)");
      }
    }
    return String.join("\n", lines);
  }
}
