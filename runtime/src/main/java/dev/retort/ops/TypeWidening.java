package dev.retort.ops;

import dev.retort.model.ColumnType;

/** Decides whether a type change keeps every value the old type could hold. */
final class TypeWidening {

  private TypeWidening() {}

  /** True when every value of {@code from} converts to {@code to} without loss. */
  static boolean widens(ColumnType from, ColumnType to) {
    if (from.equals(to)) {
      return true;
    }
    if (to instanceof ColumnType.Text) {
      return from instanceof ColumnType.Varchar || from instanceof ColumnType.Char;
    }
    if (to instanceof ColumnType.Varchar w) {
      if (from instanceof ColumnType.Varchar v) {
        return w.length() == null || (v.length() != null && w.length() >= v.length());
      }
      return from instanceof ColumnType.Char c && (w.length() == null || w.length() >= c.length());
    }
    if (from instanceof ColumnType.Int i && to instanceof ColumnType.Int j) {
      return j.kind().compareTo(i.kind()) >= 0;
    }
    if (from instanceof ColumnType.Int i && to instanceof ColumnType.Numeric n) {
      return n.precision() == null || n.precision() - scale(n) >= digits(i.kind());
    }
    if (from instanceof ColumnType.Numeric n && to instanceof ColumnType.Numeric m) {
      return m.precision() == null
          || (n.precision() != null && m.precision() - scale(m) >= n.precision() - scale(n) && scale(m) >= scale(n));
    }
    if (from instanceof ColumnType.Floating f && to instanceof ColumnType.Floating g) {
      return g.doublePrecision() || !f.doublePrecision();
    }
    if (from instanceof ColumnType.Timestamp t && to instanceof ColumnType.Timestamp u) {
      return t.withTimeZone() == u.withTimeZone() && precision(u.precision()) >= precision(t.precision());
    }
    if (from instanceof ColumnType.Time t && to instanceof ColumnType.Time u) {
      return t.withTimeZone() == u.withTimeZone() && precision(u.precision()) >= precision(t.precision());
    }
    return from instanceof ColumnType.Json && to instanceof ColumnType.Json;
  }

  private static int digits(ColumnType.IntKind kind) {
    return switch (kind) {
      case SMALLINT -> 5;
      case INTEGER -> 10;
      case BIGINT -> 19;
    };
  }

  private static int scale(ColumnType.Numeric numeric) {
    return numeric.scale() == null ? 0 : numeric.scale();
  }

  private static int precision(Integer fractional) {
    return fractional == null ? 6 : fractional;
  }
}
