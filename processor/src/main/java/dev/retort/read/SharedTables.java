package dev.retort.read;

import dev.retort.processor.ProcessorMessage;
import dev.retort.model.Column;
import dev.retort.processor.Reporter;
import dev.retort.render.sql.PostgresSqlRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes one table of the declarations that name it: an entity's table that is also another
 * entity's collection table, or the join table both sides of a many-to-many declare. Hibernate keeps
 * one table per name and adds each declaration's columns to it, keeping the first definition of a
 * column; a column two declarations give different types is an error on both, since one of them
 * would not get the column it expects.
 */
final class SharedTables {

  private final Reporter reporter;

  SharedTables(Reporter reporter) {
    this.reporter = reporter;
  }

  /** One builder per table name, in the order of the first declaration; later ones merged into it. */
  List<TableBuilder> merge(List<TableBuilder> declarations) {
    Map<String, TableBuilder> byName = new LinkedHashMap<>();
    for (TableBuilder declaration : declarations) {
      TableBuilder first = byName.putIfAbsent(declaration.name().toString(), declaration);
      if (first != null && first != declaration) {
        absorb(first, declaration);
      }
    }
    return new ArrayList<>(byName.values());
  }

  private void absorb(TableBuilder first, TableBuilder second) {
    for (TableBuilder.Entry entry : second.entries()) {
      TableBuilder.Entry existing = first.column(entry.column().name());
      // Hibernate keeps the column first bound and its nullability; only a different type is a real conflict.
      if (existing != null && !existing.column().type().equals(entry.column().type())) {
        conflict(first, existing, entry);
        conflict(first, entry, existing);
      }
    }
    if (second.primaryKey().isEmpty() || !first.primaryKey().isEmpty()) {
      first.absorb(second);
      return;
    }
    first.absorb(second);
    first.primaryKey(second.primaryKey());
  }

  private void conflict(TableBuilder table, TableBuilder.Entry at, TableBuilder.Entry other) {
    reporter.error(at.origin(), ProcessorMessage.SHARED_TABLE_COLUMN_CONFLICT, at.originName(), table.name(), at.column().name(),
        describe(at.column()), other.originName(), describe(other.column()));
  }

  private static String describe(Column column) {
    return PostgresSqlRenderer.typeName(column.type());
  }
}
