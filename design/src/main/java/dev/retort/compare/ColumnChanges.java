package dev.retort.compare;

import dev.retort.model.Column;
import dev.retort.model.Identity;
import dev.retort.model.Table;
import dev.retort.ops.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The column operations between two versions of one table; column order never counts as a change. */
final class ColumnChanges {

  private ColumnChanges() {}

  /** Adds, then alterations, then drops (whose keys and indexes are dropped earlier by the caller). */
  static List<Operation> between(Table before, Table after) {
    List<Operation> ops = new ArrayList<>();
    for (Column column : after.columns()) {
      if (before.column(column.name()).isEmpty()) {
        ops.add(new Operation.AddColumn(after.name(), column));
      }
    }
    for (Column column : after.columns()) {
      before.column(column.name()).ifPresent(old -> ops.addAll(alterations(after, old, column)));
    }
    for (Column column : before.columns()) {
      if (after.column(column.name()).isEmpty()) {
        ops.add(new Operation.DropColumn(after.name(), column));
      }
    }
    return ops;
  }

  /**
   * One operation per changed property, in an order the server accepts: a default is dropped
   * before an identity is added and set after one is dropped.
   */
  private static List<Operation> alterations(Table table, Column old, Column now) {
    List<Operation> ops = new ArrayList<>();
    if (!old.type().equals(now.type())) {
      ops.add(new Operation.AlterColumnType(table.name(), now.name(), old.type(), now.type(), null));
    }
    boolean defaultChanges = !Objects.equals(old.defaultValue(), now.defaultValue());
    if (defaultChanges && now.defaultValue() == null) {
      ops.add(new Operation.AlterColumnDefault(table.name(), now.name(), old.defaultValue(), null));
    }
    boolean identityChanges = old.identity() != now.identity();
    if (identityChanges && old.identity() == Identity.NONE && old.nullable()) {
      // PostgreSQL adds an identity only to a column that is already NOT NULL.
      ops.add(new Operation.AlterColumnNullability(table.name(), now.name(), false));
    }
    if (identityChanges) {
      ops.add(new Operation.AlterColumnIdentity(table.name(), now.name(), old.identity(), now.identity()));
    }
    // Any identity change leaves the column NOT NULL, and dropping an identity keeps it so.
    boolean nullable = identityChanges ? false : old.nullable();
    if (nullable != now.nullable()) {
      ops.add(new Operation.AlterColumnNullability(table.name(), now.name(), now.nullable()));
    }
    if (defaultChanges && now.defaultValue() != null) {
      ops.add(new Operation.AlterColumnDefault(table.name(), now.name(), old.defaultValue(), now.defaultValue()));
    }
    if (!Objects.equals(old.comment(), now.comment())) {
      ops.add(new Operation.SetColumnComment(table.name(), now.name(), old.comment(), now.comment()));
    }
    return ops;
  }
}
