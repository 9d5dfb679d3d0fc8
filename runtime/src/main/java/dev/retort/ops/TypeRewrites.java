package dev.retort.ops;

import dev.retort.model.ColumnType;
import dev.retort.model.QualifiedName;
import dev.retort.render.sql.PostgresSqlRenderer;
import java.util.Objects;

/**
 * Decides whether PostgreSQL changes a column's type by its catalog alone or by rewriting (or at
 * least scanning) the whole table under an {@code ACCESS EXCLUSIVE} lock, and words the online
 * alternative for the latter.
 */
public final class TypeRewrites {

  private TypeRewrites() {}

  /**
   * Whether the change takes the table's exclusive lock for a rewrite or a scan: every change but
   * raising or removing a {@code varchar} length, {@code varchar} to {@code text}, raising or
   * removing a {@code numeric} precision at the same scale, and raising a timestamp, time or interval
   * precision (the changes PostgreSQL 9.2 and later make in the catalog only).
   */
  public static boolean rewrites(Operation.AlterColumnType change) {
    return change.using() != null || !metadataOnly(change.from(), change.to());
  }

  private static boolean metadataOnly(ColumnType from, ColumnType to) {
    if (from.equals(to)) {
      return true;
    }
    if (from instanceof ColumnType.Varchar v) {
      if (to instanceof ColumnType.Text) {
        return true;
      }
      return to instanceof ColumnType.Varchar w
          && (w.length() == null || v.length() != null && w.length() >= v.length());
    }
    if (from instanceof ColumnType.Text) {
      return to instanceof ColumnType.Varchar w && w.length() == null;
    }
    if (from instanceof ColumnType.Numeric n && to instanceof ColumnType.Numeric m) {
      return m.precision() == null && m.scale() == null
          || n.precision() != null && m.precision() != null && m.precision() >= n.precision()
          && Objects.equals(n.scale(), m.scale());
    }
    if (from instanceof ColumnType.Timestamp t && to instanceof ColumnType.Timestamp u) {
      return t.withTimeZone() == u.withTimeZone() && precision(u.precision()) >= precision(t.precision());
    }
    if (from instanceof ColumnType.Time t && to instanceof ColumnType.Time u) {
      return t.withTimeZone() == u.withTimeZone() && precision(u.precision()) >= precision(t.precision());
    }
    if (from instanceof ColumnType.Interval i && to instanceof ColumnType.Interval j) {
      return precision(j.precision()) >= precision(i.precision());
    }
    return false;
  }

  private static int precision(Integer fractional) {
    return fractional == null ? 6 : fractional;
  }

  /** The online alternative to a rewriting change, as a marker comment in a migration says it. */
  public static String marker(QualifiedName table) {
    return "REWRITES: " + table + " is rewritten or scanned under an ACCESS EXCLUSIVE lock; on a busy table"
        + " add a new column, backfill it in batches and swap the columns instead";
  }

  /** What the step does to the table, and the online alternative, in a sentence a warning can carry. */
  public static String describe(Operation.AlterColumnType change) {
    String column = change.table() + "." + change.column();
    String target = PostgresSqlRenderer.typeName(change.to());
    return "changes the type of " + column + " from " + PostgresSqlRenderer.typeName(change.from()) + " to " + target
        + ", which rewrites or scans " + change.table() + " under an ACCESS EXCLUSIVE lock that blocks its reads and"
        + " writes for as long; on a busy table do it online instead: add a new " + target + " column, backfill it in"
        + " batches (UPDATE ... WHERE id BETWEEN ...) while a trigger or the application writes both, then swap the"
        + " columns by rename in a short transaction and drop the old one a release later";
  }
}
