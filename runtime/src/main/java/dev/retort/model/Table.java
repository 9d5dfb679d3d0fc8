package dev.retort.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A table: its columns in declared order, an optional primary key, and its unique constraints,
 * indexes, foreign keys and checks, each kept sorted by name so that equal tables are equal records.
 */
public record Table(
    QualifiedName name,
    List<Column> columns,
    PrimaryKey primaryKey,
    List<UniqueConstraint> uniqueConstraints,
    List<Index> indexes,
    List<ForeignKey> foreignKeys,
    List<CheckConstraint> checks,
    String comment) {

  public Table {
    Objects.requireNonNull(name, "name");
    if (primaryKey != null) {
      // PostgreSQL makes primary key columns NOT NULL whatever they were declared as; so does the model.
      Set<String> keyColumns = Set.copyOf(primaryKey.columns());
      columns = columns.stream().map(c -> keyColumns.contains(c.name()) && c.nullable() ? c.nullable(false) : c).toList();
    }
    columns = List.copyOf(columns);
    uniqueConstraints = sortedByName(uniqueConstraints, UniqueConstraint::name);
    indexes = sortedByName(indexes, Index::name);
    foreignKeys = sortedByName(foreignKeys, ForeignKey::name);
    checks = sortedByName(checks, CheckConstraint::name);
    Set<String> columnNames = new HashSet<>();
    for (Column column : columns) {
      if (!columnNames.add(column.name())) {
        throw new IllegalArgumentException("table " + name + " declares column " + column.name() + " twice");
      }
    }
    if (primaryKey != null) {
      requireColumns(name, columnNames, primaryKey.columns(), "primary key " + primaryKey.name());
    }
    for (UniqueConstraint unique : uniqueConstraints) {
      requireColumns(name, columnNames, unique.columns(), "unique constraint " + unique.name());
    }
    for (Index index : indexes) {
      requireColumns(name, columnNames, index.columns().stream().map(IndexColumn::column).toList(), "index " + index.name());
    }
    for (ForeignKey foreignKey : foreignKeys) {
      requireColumns(name, columnNames, foreignKey.columns(), "foreign key " + foreignKey.name());
    }
  }

  /** An empty table with the given name, to be filled through the {@code with...} methods. */
  public static Table named(QualifiedName name) {
    return new Table(name, List.of(), null, List.of(), List.of(), List.of(), List.of(), null);
  }

  /** The column with the given name, if the table has it. */
  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /** This table with one more column, appended. */
  public Table withColumn(Column column) {
    List<Column> more = new ArrayList<>(columns);
    more.add(column);
    return new Table(name, more, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment);
  }

  /** This table with the named column replaced in place by {@code replacement}. */
  public Table replaceColumn(String columnName, Function<Column, Column> replacement) {
    List<Column> changed = columns.stream()
        .map(c -> c.name().equals(columnName) ? replacement.apply(c) : c)
        .toList();
    return new Table(name, changed, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment);
  }

  /** This table with the named column removed. */
  public Table withoutColumn(String columnName) {
    return new Table(name, columns.stream().filter(c -> !c.name().equals(columnName)).toList(),
        primaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment);
  }

  /** This table with another name. */
  public Table withName(QualifiedName newName) {
    return new Table(newName, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment);
  }

  /** This table with the given primary key, or none when null. */
  public Table withPrimaryKey(PrimaryKey key) {
    return new Table(name, columns, key, uniqueConstraints, indexes, foreignKeys, checks, comment);
  }

  /** This table with the given unique constraints. */
  public Table withUniqueConstraints(List<UniqueConstraint> constraints) {
    return new Table(name, columns, primaryKey, constraints, indexes, foreignKeys, checks, comment);
  }

  /** This table with the given indexes. */
  public Table withIndexes(List<Index> newIndexes) {
    return new Table(name, columns, primaryKey, uniqueConstraints, newIndexes, foreignKeys, checks, comment);
  }

  /** This table with the given foreign keys. */
  public Table withForeignKeys(List<ForeignKey> keys) {
    return new Table(name, columns, primaryKey, uniqueConstraints, indexes, keys, checks, comment);
  }

  /** This table with the given check constraints. */
  public Table withChecks(List<CheckConstraint> newChecks) {
    return new Table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, newChecks, comment);
  }

  /** This table with the given comment, or none when null. */
  public Table withComment(String text) {
    return new Table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, text);
  }

  private static <T> List<T> sortedByName(List<T> items, Function<T, String> nameOf) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(nameOf));
    Set<String> seen = new HashSet<>();
    for (T item : sorted) {
      if (!seen.add(nameOf.apply(item))) {
        throw new IllegalArgumentException("the name " + nameOf.apply(item) + " is used twice");
      }
    }
    return List.copyOf(sorted);
  }

  private static void requireColumns(QualifiedName table, Set<String> known, List<String> used, String owner) {
    for (String column : used) {
      if (!known.contains(column)) {
        throw new IllegalArgumentException(owner + " of table " + table + " names column " + column + ", which the table does not have");
      }
    }
  }
}
