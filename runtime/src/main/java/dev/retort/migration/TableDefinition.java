package dev.retort.migration;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** Collects a table's definition inside {@code createTable} and {@code dropTable}. */
public final class TableDefinition {

  private final QualifiedName name;
  private final List<Column> columns = new ArrayList<>();
  private final List<UniqueConstraint> uniques = new ArrayList<>();
  private final List<Index> indexes = new ArrayList<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();
  private final List<CheckConstraint> checks = new ArrayList<>();
  private PrimaryKey primaryKey;
  private String comment;

  TableDefinition(QualifiedName name) {
    this.name = name;
  }

  /** Adds a column. */
  public TableDefinition column(Column column) {
    columns.add(column);
    return this;
  }

  /** Adds a nullable column with no default. */
  public TableDefinition column(String columnName, ColumnType type) {
    return column(Column.of(columnName, type));
  }

  /** Sets the primary key. */
  public TableDefinition primaryKey(String constraintName, String... keyColumns) {
    primaryKey = new PrimaryKey(constraintName, List.of(keyColumns));
    return this;
  }

  /** Adds a unique constraint. */
  public TableDefinition unique(String constraintName, String... keyColumns) {
    uniques.add(new UniqueConstraint(constraintName, List.of(keyColumns)));
    return this;
  }

  /** Adds an index, created right after the table. */
  public TableDefinition index(Index index) {
    indexes.add(index);
    return this;
  }

  /** Adds a foreign key. */
  public TableDefinition foreignKey(ForeignKey foreignKey) {
    foreignKeys.add(foreignKey);
    return this;
  }

  /** Adds a check constraint; {@code expression} is the condition without {@code CHECK}. */
  public TableDefinition check(String constraintName, String expression) {
    checks.add(new CheckConstraint(constraintName, expression));
    return this;
  }

  /** Sets the table comment. */
  public TableDefinition comment(String text) {
    comment = text;
    return this;
  }

  Table build() {
    return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment);
  }
}
