package dev.retort.read;

import dev.retort.processor.ProcessorMessage;
import dev.retort.model.Column;
import dev.retort.processor.Reporter;
import dev.retort.render.sql.PostgresSqlRenderer;
import javax.lang.model.element.Element;

/**
 * Adds a column to its table as Hibernate does when several mappings name it: within one entity at
 * most one of them may write it, the one bound first defines it, and entities sharing a table must
 * agree on it.
 */
final class SharedColumns {

  private final Reporter reporter;

  SharedColumns(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Adds or shares {@code column}; false after reporting why the mapping cannot have it. */
  boolean add(TableBuilder table, Column column, String physical, Element origin, String originName, ColumnClaim claim) {
    if (Identifiers.bytes(column.name()) > Identifiers.MAX_BYTES) {
      reporter.error(origin, ProcessorMessage.NAME_TOO_LONG, "column", column.name(), originName, Identifiers.bytes(column.name()),
          claim.annotation() + "(name = \"...\")");
      return false;
    }
    TableBuilder.Entry taken = table.add(column, physical, origin, originName, claim);
    if (taken == null) {
      return true;
    }
    ColumnClaim first = taken.claim();
    if (first.entity() == null || claim.entity() == null || (first.sameEntityAs(claim) && first.writable() && claim.writable())) {
      // Hibernate refuses at boot: "Column ... is duplicated in mapping for entity ...".
      reporter.error(origin, ProcessorMessage.DUPLICATE_COLUMN, originName, column.name(), table.name(), taken.originName());
      return false;
    }
    if (!first.sameEntityAs(claim)) {
      // Hibernate silently keeps one definition for both entities; only agreeing ones are safe to share.
      if (!describe(taken.column()).equals(describe(column))) {
        reporter.error(origin, ProcessorMessage.TABLE_COLUMN_CONFLICT, originName, claim.entity().type.getQualifiedName(), column.name(),
            table.name(), describe(column), first.entity().type.getQualifiedName(), describe(taken.column()));
        return false;
      }
      return true;
    }
    if (claim.bindsBefore(first)) {
      table.replace(column, physical, origin, originName, claim);
    }
    return true;
  }

  private static String describe(Column column) {
    return PostgresSqlRenderer.typeName(column.type()) + (column.nullable() ? " NULL" : " NOT NULL");
  }
}
