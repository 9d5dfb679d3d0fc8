package dev.retort.model;

import java.util.Objects;

/** One key of an index: a column name and its sort direction. */
public record IndexColumn(String column, boolean descending) {

  public IndexColumn {
    Objects.requireNonNull(column, "column");
  }

  /** The column in ascending order. */
  public static IndexColumn asc(String column) {
    return new IndexColumn(column, false);
  }

  /** The column in descending order. */
  public static IndexColumn desc(String column) {
    return new IndexColumn(column, true);
  }
}
