package dev.retort.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A named index: key columns in order with their direction, whether it is unique, and an
 * optional partial-index predicate ({@code where}, SQL, or null).
 */
public record Index(String name, List<IndexColumn> columns, boolean unique, String where) {

  public Index {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(columns, "columns");
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("index " + name + " needs at least one column");
    }
    columns = List.copyOf(columns);
  }

  /** A non-unique index over the given columns, ascending. */
  public static Index of(String name, String... columns) {
    return new Index(name, Arrays.stream(columns).map(IndexColumn::asc).toList(), false, null);
  }

  /** This index, unique. */
  public Index asUnique() {
    return new Index(name, columns, true, where);
  }

  /** This index, partial over the rows matching {@code predicate}. */
  public Index where(String predicate) {
    return new Index(name, columns, unique, predicate);
  }
}
