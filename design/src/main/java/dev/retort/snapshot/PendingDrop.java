package dev.retort.snapshot;

import dev.retort.model.QualifiedName;
import java.util.Comparator;
import java.util.Objects;

/**
 * A drop the entities ask for but the migrations defer until no running release reads what is dropped
 * (expand, then contract): a whole table when {@code column} is null, else one column of it. The snapshot keeps
 * the table or column itself, since the database still has it.
 */
public record PendingDrop(QualifiedName table, String column) implements Comparable<PendingDrop> {

  private static final Comparator<PendingDrop> ORDER = Comparator.comparing(PendingDrop::table)
      .thenComparing(PendingDrop::column, Comparator.nullsFirst(Comparator.naturalOrder()));

  public PendingDrop {
    Objects.requireNonNull(table, "table");
  }

  /** The drop of table {@code table}. */
  public static PendingDrop ofTable(QualifiedName table) {
    return new PendingDrop(table, null);
  }

  /** The drop of column {@code column} of {@code table}. */
  public static PendingDrop ofColumn(QualifiedName table, String column) {
    return new PendingDrop(table, Objects.requireNonNull(column, "column"));
  }

  /** Whether the whole table is dropped. */
  public boolean isTable() {
    return column == null;
  }

  /** The drop in words: "table legacy" or "column phone of drivers". */
  public String words() {
    return isTable() ? "table " + table : "column " + column + " of " + table;
  }

  @Override
  public int compareTo(PendingDrop other) {
    return ORDER.compare(this, other);
  }
}
