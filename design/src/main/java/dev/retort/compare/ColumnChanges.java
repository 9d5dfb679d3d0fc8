package dev.retort.compare;

import dev.retort.model.Column;
import dev.retort.model.Identity;
import dev.retort.model.QualifiedName;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.ops.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The column operations between two versions of one table; column order never counts as a change. */
final class ColumnChanges {

  private ColumnChanges() {}

  /**
   * Adds, then alterations, then drops (whose keys and indexes are dropped earlier by the caller).
   * {@code idSequences} are the sequences the table's id columns draw from in {@code after}, by column.
   */
  static List<Operation> between(Table before, Table after, Map<String, Sequence> idSequences) {
    List<Operation> ops = new ArrayList<>();
    for (Column column : after.columns()) {
      if (before.column(column.name()).isEmpty()) {
        ops.add(new Operation.AddColumn(after.name(), column));
      }
    }
    for (Column column : after.columns()) {
      before.column(column.name()).ifPresent(old -> ops.addAll(alterations(after, old, column, idSequences.get(column.name()))));
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
  private static List<Operation> alterations(Table table, Column old, Column now, Sequence drawsFrom) {
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
      ops.add(new Operation.AlterColumnIdentity(table.name(), now.name(), old.identity(), now.identity(),
          handedTo(now, drawsFrom)));
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

  /**
   * The sequence a column that loses its identity hands its values to, which the step advances past
   * them: the one its id draws from, when that counts upwards (setval past the highest id is what keeps
   * the next insert free; a descending sequence is left as declared).
   */
  private static QualifiedName handedTo(Column now, Sequence drawsFrom) {
    boolean handed = now.identity() == Identity.NONE && drawsFrom != null && drawsFrom.increment() > 0;
    return handed ? drawsFrom.name() : null;
  }
}
