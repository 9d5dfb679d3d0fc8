package dev.retort.model;

import java.util.List;
import java.util.Objects;

/**
 * A named foreign key from {@code columns} of its table to {@code referencedColumns} of
 * {@code referencedTable}, pairwise in order.
 */
public record ForeignKey(
    String name,
    List<String> columns,
    QualifiedName referencedTable,
    List<String> referencedColumns,
    ReferentialAction onDelete,
    ReferentialAction onUpdate) {

  public ForeignKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(referencedTable, "referencedTable");
    columns = Names.nonEmptyCopy(columns, "foreign key " + name);
    referencedColumns = Names.nonEmptyCopy(referencedColumns, "foreign key " + name + " (referenced columns)");
    if (columns.size() != referencedColumns.size()) {
      throw new IllegalArgumentException("foreign key " + name + " pairs " + columns.size()
          + " columns with " + referencedColumns.size() + " referenced columns");
    }
    onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
    onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
  }

  /** A foreign key with {@code NO ACTION} on delete and on update. */
  public static ForeignKey of(String name, List<String> columns, QualifiedName referencedTable, List<String> referencedColumns) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION);
  }

  /** This foreign key with another on-delete action. */
  public ForeignKey onDelete(ReferentialAction action) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, action, onUpdate);
  }

  /** This foreign key with another on-update action. */
  public ForeignKey onUpdate(ReferentialAction action) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, action);
  }
}
