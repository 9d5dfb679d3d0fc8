package dev.retort.render.sql;

import dev.retort.model.ColumnType;

/** Renders logical column types in PostgreSQL's own spelling, as {@code format_type} prints them. */
final class PostgresTypeNames implements ColumnType.Visitor<String> {

  static final PostgresTypeNames INSTANCE = new PostgresTypeNames();

  static String of(ColumnType type) {
    return type.accept(INSTANCE);
  }

  @Override
  public String visitVarchar(ColumnType.Varchar type) {
    return type.length() == null ? "character varying" : "character varying(" + type.length() + ")";
  }

  @Override
  public String visitChar(ColumnType.Char type) {
    return "character(" + type.length() + ")";
  }

  @Override
  public String visitText(ColumnType.Text type) {
    return "text";
  }

  @Override
  public String visitInt(ColumnType.Int type) {
    return switch (type.kind()) {
      case SMALLINT -> "smallint";
      case INTEGER -> "integer";
      case BIGINT -> "bigint";
    };
  }

  @Override
  public String visitNumeric(ColumnType.Numeric type) {
    if (type.precision() == null) {
      return "numeric";
    }
    return "numeric(" + type.precision() + "," + (type.scale() == null ? 0 : type.scale()) + ")";
  }

  @Override
  public String visitFloating(ColumnType.Floating type) {
    return type.doublePrecision() ? "double precision" : "real";
  }

  @Override
  public String visitBool(ColumnType.Bool type) {
    return "boolean";
  }

  @Override
  public String visitDate(ColumnType.Date type) {
    return "date";
  }

  @Override
  public String visitTime(ColumnType.Time type) {
    return "time" + precision(type.precision()) + (type.withTimeZone() ? " with time zone" : " without time zone");
  }

  @Override
  public String visitTimestamp(ColumnType.Timestamp type) {
    return "timestamp" + precision(type.precision()) + (type.withTimeZone() ? " with time zone" : " without time zone");
  }

  @Override
  public String visitInterval(ColumnType.Interval type) {
    return type.precision() == null ? "interval" : "interval second(" + type.precision() + ")";
  }

  @Override
  public String visitUuid(ColumnType.Uuid type) {
    return "uuid";
  }

  @Override
  public String visitBytes(ColumnType.Bytes type) {
    return "bytea";
  }

  @Override
  public String visitJson(ColumnType.Json type) {
    return type.binary() ? "jsonb" : "json";
  }

  @Override
  public String visitNativeEnum(ColumnType.NativeEnum type) {
    return PostgresIdentifiers.quote(type.type());
  }

  @Override
  public String visitRaw(ColumnType.Raw type) {
    return type.definition();
  }

  private static String precision(Integer precision) {
    return precision == null ? "" : "(" + precision + ")";
  }
}
