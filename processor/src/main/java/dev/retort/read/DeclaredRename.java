package dev.retort.read;

import dev.retort.model.QualifiedName;
import javax.lang.model.element.Element;

/**
 * One {@code @RenamedFrom} as the reader resolved it: a table renamed from {@code oldTable} to
 * {@code newTable} (the column names null), or a column of {@code newTable} renamed from
 * {@code oldColumn} to {@code newColumn}, which before the change lived in {@code oldTable}; with
 * the class or attribute that carries the annotation.
 */
public record DeclaredRename(QualifiedName oldTable, QualifiedName newTable, String oldColumn, String newColumn, Element element) {

  /** Whether this renames a table rather than a column. */
  public boolean ofTable() {
    return oldColumn == null;
  }

  /** The old name as PostgreSQL stores it, from the annotation's value. */
  public String oldName() {
    return ofTable() ? oldTable.name() : oldColumn;
  }
}
