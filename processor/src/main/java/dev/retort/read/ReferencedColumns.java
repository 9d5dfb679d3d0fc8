package dev.retort.read;

import dev.retort.processor.ProcessorMessage;

/** Finds the column a join column references: the one its {@code referencedColumnName} names, else the key column. */
final class ReferencedColumns {

  private final ReadContext context;

  ReferencedColumns(ReadContext context) {
    this.context = context;
  }

  /**
   * The column of {@code referenced}'s table that {@code joinColumn} (null: none given) of
   * {@code attribute} references, {@code key} by default; null after reporting a name the table lacks.
   */
  TableBuilder.Entry find(Attribute attribute, Jpa joinColumn, EntityInfo referenced, EntityInfo.KeyColumn key) {
    String named = joinColumn == null ? "" : joinColumn.string("referencedColumnName");
    String stored = named.isEmpty() ? key.storedName() : Identifiers.stored(context.naming.physical(named));
    TableBuilder.Entry entry = referenced.table.column(stored);
    if (entry == null) {
      context.reporter.error(attribute.element(), joinColumn == null ? null : joinColumn.mirror(), ProcessorMessage.UNKNOWN_COLUMN,
          attribute.describe(), named, referenced.table.name(), referenced.table.storedColumnNames());
    }
    return entry;
  }
}
