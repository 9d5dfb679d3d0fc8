package dev.retort.migration;

import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.IndexColumn;
import dev.retort.model.QualifiedName;
import dev.retort.model.Sequence;
import java.util.List;

/**
 * The vocabulary of migration bodies, meant to be imported statically: column types, columns,
 * indexes, foreign keys, sequences and enum types.
 */
public final class Definitions {

  private Definitions() {}

  /** A nullable column with no default; chain {@code notNull()}, {@code defaultValue(..)} and so on. */
  public static Column column(String name, ColumnType type) {
    return Column.of(name, type);
  }

  /** A name in the default schema. */
  public static QualifiedName table(String name) {
    return QualifiedName.of(name);
  }

  /** A name in the given schema. */
  public static QualifiedName table(String schema, String name) {
    return QualifiedName.of(schema, name);
  }

  public static ColumnType varchar(int length) {
    return new ColumnType.Varchar(length);
  }

  /** Unbounded {@code varchar}. */
  public static ColumnType varchar() {
    return new ColumnType.Varchar(null);
  }

  public static ColumnType character(int length) {
    return new ColumnType.Char(length);
  }

  public static ColumnType text() {
    return new ColumnType.Text();
  }

  public static ColumnType smallint() {
    return new ColumnType.Int(ColumnType.IntKind.SMALLINT);
  }

  public static ColumnType integer() {
    return new ColumnType.Int(ColumnType.IntKind.INTEGER);
  }

  public static ColumnType bigint() {
    return new ColumnType.Int(ColumnType.IntKind.BIGINT);
  }

  /** Unconstrained {@code numeric}. */
  public static ColumnType numeric() {
    return new ColumnType.Numeric(null, null);
  }

  public static ColumnType numeric(int precision, int scale) {
    return new ColumnType.Numeric(precision, scale);
  }

  public static ColumnType real() {
    return new ColumnType.Floating(false);
  }

  public static ColumnType doublePrecision() {
    return new ColumnType.Floating(true);
  }

  public static ColumnType bool() {
    return new ColumnType.Bool();
  }

  public static ColumnType date() {
    return new ColumnType.Date();
  }

  /** {@code time} with the server's default precision. */
  public static ColumnType time() {
    return new ColumnType.Time(null, false);
  }

  /** {@code time with time zone} with the server's default precision. */
  public static ColumnType timeTz() {
    return new ColumnType.Time(null, true);
  }

  /** {@code timestamp} with the server's default precision. */
  public static ColumnType timestamp() {
    return new ColumnType.Timestamp(null, false);
  }

  /** {@code timestamp with time zone} with the server's default precision. */
  public static ColumnType timestampTz() {
    return new ColumnType.Timestamp(null, true);
  }

  public static ColumnType time(int precision) {
    return new ColumnType.Time(precision, false);
  }

  public static ColumnType timeTz(int precision) {
    return new ColumnType.Time(precision, true);
  }

  public static ColumnType timestamp(int precision) {
    return new ColumnType.Timestamp(precision, false);
  }

  public static ColumnType timestampTz(int precision) {
    return new ColumnType.Timestamp(precision, true);
  }

  /** A plain {@code interval}. */
  public static ColumnType interval() {
    return new ColumnType.Interval(null);
  }

  /** {@code interval second(precision)}. */
  public static ColumnType interval(int precision) {
    return new ColumnType.Interval(precision);
  }

  public static ColumnType uuid() {
    return new ColumnType.Uuid();
  }

  public static ColumnType bytea() {
    return new ColumnType.Bytes();
  }

  public static ColumnType json() {
    return new ColumnType.Json(false);
  }

  public static ColumnType jsonb() {
    return new ColumnType.Json(true);
  }

  /** A column of a native enum type in the default schema. */
  public static ColumnType nativeEnum(String typeName) {
    return new ColumnType.NativeEnum(QualifiedName.of(typeName));
  }

  /** A column of a native enum type in the given schema. */
  public static ColumnType nativeEnum(String schema, String typeName) {
    return new ColumnType.NativeEnum(QualifiedName.of(schema, typeName));
  }

  /** A column definition given verbatim, as JPA's {@code columnDefinition}. */
  public static ColumnType raw(String definition) {
    return new ColumnType.Raw(definition);
  }

  /** A non-unique index over ascending columns; chain {@code asUnique()} and {@code where(..)}. */
  public static Index index(String name, String... columns) {
    return Index.of(name, columns);
  }

  /** A non-unique index over columns with explicit directions. */
  public static Index index(String name, IndexColumn... columns) {
    return new Index(name, List.of(columns), false, null);
  }

  public static IndexColumn asc(String column) {
    return IndexColumn.asc(column);
  }

  public static IndexColumn desc(String column) {
    return IndexColumn.desc(column);
  }

  /** The start of a foreign key; finish it with {@code references(..)}. */
  public static ForeignKeyStart foreignKey(String name, String... columns) {
    return new ForeignKeyStart(name, List.of(columns));
  }

  /** A sequence in the default schema starting at 1 and stepping by 1; chain the rest. */
  public static Sequence sequence(String name) {
    return Sequence.of(QualifiedName.of(name), 1, 1);
  }

  /** A sequence in the given schema starting at 1 and stepping by 1; chain the rest. */
  public static Sequence sequence(String schema, String name) {
    return Sequence.of(QualifiedName.of(schema, name), 1, 1);
  }

  /** A native enum type in the default schema. */
  public static EnumType enumType(String name, String... values) {
    return new EnumType(QualifiedName.of(name), List.of(values));
  }

  /** A native enum type in the given schema. */
  public static EnumType enumType(QualifiedName name, String... values) {
    return new EnumType(name, List.of(values));
  }

  /** A foreign key whose referenced side is still to be named. */
  public record ForeignKeyStart(String name, List<String> columns) {

    /** The foreign key to {@code columns} of a table in the default schema. */
    public ForeignKey references(String table, String... referencedColumns) {
      return references(QualifiedName.of(table), referencedColumns);
    }

    /** The foreign key to {@code columns} of the given table. */
    public ForeignKey references(QualifiedName table, String... referencedColumns) {
      return ForeignKey.of(name, columns, table, List.of(referencedColumns));
    }
  }
}
