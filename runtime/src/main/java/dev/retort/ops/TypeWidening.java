package dev.retort.ops;

import dev.retort.model.ColumnType;

/**
 * Decides whether a type change keeps every value the old type could hold, as PostgreSQL converts it
 * ({@code ALTER COLUMN ... TYPE} by assignment cast) and converts it back by the inverse change.
 * Changes it calls not widening can round, truncate, or fail on rows; {@code TypeWideningOnPostgresTest}
 * holds each rule to a real server.
 */
final class TypeWidening {

  private TypeWidening() {}

  /** True when every value of {@code from} converts to {@code to} without loss. */
  static boolean widens(ColumnType from, ColumnType to) {
    if (from.equals(to)) {
      return true;
    }
    if (to instanceof ColumnType.Text) {
      // These types print a text form they read back unchanged (floats print exactly since PostgreSQL 12).
      return !(from instanceof ColumnType.Bytes || from instanceof ColumnType.Raw);
    }
    if (to instanceof ColumnType.Varchar w) {
      if (from instanceof ColumnType.Varchar v) {
        return w.length() == null || (v.length() != null && w.length() >= v.length());
      }
      if (from instanceof ColumnType.Int i) {
        return w.length() == null || w.length() >= digits(i.kind()) + 1;
      }
      return from instanceof ColumnType.Char c && (w.length() == null || w.length() >= c.length());
    }
    if (from instanceof ColumnType.Int i && to instanceof ColumnType.Int j) {
      return j.kind().compareTo(i.kind()) >= 0;
    }
    if (from instanceof ColumnType.Int i && to instanceof ColumnType.Numeric n) {
      return n.precision() == null || n.precision() - scale(n) >= digits(i.kind());
    }
    if (from instanceof ColumnType.Int i && to instanceof ColumnType.Floating f) {
      // A double's 53-bit mantissa holds every integer; a real's 24 bits hold every smallint only.
      return f.doublePrecision() ? i.kind() != ColumnType.IntKind.BIGINT : i.kind() == ColumnType.IntKind.SMALLINT;
    }
    if (from instanceof ColumnType.Numeric n && to instanceof ColumnType.Numeric m) {
      return m.precision() == null
          || (n.precision() != null && m.precision() - scale(m) >= n.precision() - scale(n) && scale(m) >= scale(n));
    }
    if (from instanceof ColumnType.Floating f && to instanceof ColumnType.Floating g) {
      return g.doublePrecision() || !f.doublePrecision();
    }
    if (from instanceof ColumnType.Date && to instanceof ColumnType.Timestamp) {
      // A date becomes its midnight, which converts back to the same date (in the same TimeZone, with time zone).
      return true;
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
