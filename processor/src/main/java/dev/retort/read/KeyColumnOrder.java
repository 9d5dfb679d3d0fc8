package dev.retort.read;

import dev.retort.model.ColumnType;
import dev.retort.model.ColumnType.IntKind;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The order Hibernate's schema export gives the columns of a composite primary key (and of the foreign
 * keys to it): by physical size in bytes, at least 4, then whether that exceeds 2048, then by name,
 * as {@code ColumnOrderingStrategyStandard} does for PostgreSQL.
 */
final class KeyColumnOrder {

  /** {@code PostgreSQLDialect.getMaxVarcharLength()}, what a varchar of the default length 255 counts as. */
  private static final int MAX_VARCHAR = 10_485_760;
  private static final int DEFAULT_LENGTH = 255;
  private static final int DEFAULT_PRECISION = 38;
  /** Decimal digits per byte, as Hibernate converts a numeric precision. */
  private static final double DIGITS_PER_BYTE = Math.log(10) / Math.log(2) * 8;

  private KeyColumnOrder() {}

  /** Compares columns given their type and their physical name as Hibernate holds it (unquoted, case kept). */
  static <T> Comparator<T> comparing(Function<T, ColumnType> type, Function<T, String> physicalName) {
    return Comparator.<T>comparingInt(c -> Math.max(size(type.apply(c)), 4))
        .thenComparing(c -> size(type.apply(c)) > 2048)
        .thenComparing(c -> unquoted(physicalName.apply(c)));
  }

  private static String unquoted(String physical) {
    return Identifiers.isQuoted(physical) ? physical.substring(1, physical.length() - 1) : physical;
  }

  /** Hibernate's {@code physicalSizeInBytes} for the JDBC type behind {@code type}. */
  static int size(ColumnType type) {
    if (type instanceof ColumnType.Bool) {
      return 1;
    }
    if (type instanceof ColumnType.Int i) {
      return i.kind() == IntKind.SMALLINT ? 2 : i.kind() == IntKind.INTEGER ? 4 : 8;
    }
    if (type instanceof ColumnType.Floating f) {
      return f.doublePrecision() ? 8 : 4;
    }
    if (type instanceof ColumnType.Numeric n) {
      return (int) Math.ceil((n.precision() == null ? DEFAULT_PRECISION : n.precision()) / DIGITS_PER_BYTE);
    }
    if (type instanceof ColumnType.Varchar v) {
      return v.length() == null || v.length() == DEFAULT_LENGTH ? MAX_VARCHAR : v.length();
    }
    if (type instanceof ColumnType.Char c) {
      return c.length() == DEFAULT_LENGTH ? MAX_VARCHAR : c.length();
    }
    if (type instanceof ColumnType.Date || type instanceof ColumnType.Time) {
      return 4;
    }
    if (type instanceof ColumnType.Timestamp || type instanceof ColumnType.Interval) {
      return 8;
    }
    if (type instanceof ColumnType.Uuid) {
      return 16;
    }
    // Text, bytes of the default length, JSON and anything raw: Hibernate counts them as unbounded.
    return Integer.MAX_VALUE;
  }
}
