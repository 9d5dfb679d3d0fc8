package dev.retort.snapshot;

import dev.retort.model.ColumnType;

/**
 * Column types in a snapshot: PostgreSQL's own spelling of each built-in type (as
 * {@code PostgresSqlRenderer.typeName} prints it), {@code enum <name>} for a native enum and
 * {@code raw "<definition>"} for a verbatim definition, read back to the very same
 * {@link ColumnType} record.
 *
 * <p>The spelling is kept here rather than borrowed from the renderer because it is part of the
 * frozen snapshot format: a renderer change must not silently rewrite every committed snapshot.
 */
final class TypeSyntax implements ColumnType.Visitor<String> {

  private static final TypeSyntax WRITER = new TypeSyntax();

  /** Every way a type can start, for the message when none matches. */
  private static final String EXPECTED = "a column type (such as `bigint`, `character varying(255)`,"
      + " `numeric(10,2)`, `timestamp(6) with time zone`, `enum <name>` or `raw \"<definition>\"`)";

  private TypeSyntax() {}

  static String write(ColumnType type) {
    return type.accept(WRITER);
  }

  static ColumnType read(LineCursor in) {
    if (in.tryKeyword("character")) {
      if (in.tryKeyword("varying")) {
        Integer length = optionalPrecision(in);
        return in.model(() -> new ColumnType.Varchar(length));
      }
      in.punct('(');
      int length = in.intValue();
      in.punct(')');
      return in.model(() -> new ColumnType.Char(length));
    }
    if (in.tryKeyword("text")) {
      return new ColumnType.Text();
    }
    if (in.tryKeyword("smallint")) {
      return new ColumnType.Int(ColumnType.IntKind.SMALLINT);
    }
    if (in.tryKeyword("integer")) {
      return new ColumnType.Int(ColumnType.IntKind.INTEGER);
    }
    if (in.tryKeyword("bigint")) {
      return new ColumnType.Int(ColumnType.IntKind.BIGINT);
    }
    if (in.tryKeyword("numeric")) {
      return numeric(in);
    }
    if (in.tryKeyword("real")) {
      return new ColumnType.Floating(false);
    }
    if (in.tryKeyword("double")) {
      in.keyword("precision");
      return new ColumnType.Floating(true);
    }
    if (in.tryKeyword("boolean")) {
      return new ColumnType.Bool();
    }
    if (in.tryKeyword("date")) {
      return new ColumnType.Date();
    }
    if (in.tryKeyword("timestamp")) {
      Integer precision = optionalPrecision(in);
      boolean withTimeZone = timeZone(in);
      return in.model(() -> new ColumnType.Timestamp(precision, withTimeZone));
    }
    if (in.tryKeyword("time")) {
      Integer precision = optionalPrecision(in);
      boolean withTimeZone = timeZone(in);
      return in.model(() -> new ColumnType.Time(precision, withTimeZone));
    }
    if (in.tryKeyword("interval")) {
      if (!in.tryKeyword("second")) {
        return new ColumnType.Interval(null);
      }
      in.punct('(');
      int precision = in.intValue();
      in.punct(')');
      return in.model(() -> new ColumnType.Interval(precision));
    }
    if (in.tryKeyword("uuid")) {
      return new ColumnType.Uuid();
    }
    if (in.tryKeyword("bytea")) {
      return new ColumnType.Bytes();
    }
    if (in.tryKeyword("jsonb")) {
      return new ColumnType.Json(true);
    }
    if (in.tryKeyword("json")) {
      return new ColumnType.Json(false);
    }
    if (in.tryKeyword("enum")) {
      return new ColumnType.NativeEnum(in.qualifiedName());
    }
    if (in.tryKeyword("raw")) {
      String definition = in.text();
      return in.model(() -> new ColumnType.Raw(definition));
    }
    throw in.malformed(EXPECTED);
  }

  private static ColumnType numeric(LineCursor in) {
    if (!in.tryPunct('(')) {
      return new ColumnType.Numeric(null, null);
    }
    int precision = in.intValue();
    Integer scale = in.tryPunct(',') ? in.intValue() : null;
    in.punct(')');
    return in.model(() -> new ColumnType.Numeric(precision, scale));
  }

  private static Integer optionalPrecision(LineCursor in) {
    if (!in.tryPunct('(')) {
      return null;
    }
    int value = in.intValue();
    in.punct(')');
    return value;
  }

  private static boolean timeZone(LineCursor in) {
    boolean with;
    if (in.tryKeyword("with")) {
      with = true;
    } else if (in.tryKeyword("without")) {
      with = false;
    } else {
      throw in.malformed("`with time zone` or `without time zone`");
    }
    in.keyword("time");
    in.keyword("zone");
    return with;
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
    // The model gives a precision without scale the scale 0, as PostgreSQL does; should it ever keep
    // the scale null, numeric(p) still reads back exactly.
    return type.scale() == null
        ? "numeric(" + type.precision() + ")"
        : "numeric(" + type.precision() + "," + type.scale() + ")";
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
    return "time" + precision(type.precision()) + zone(type.withTimeZone());
  }

  @Override
  public String visitTimestamp(ColumnType.Timestamp type) {
    return "timestamp" + precision(type.precision()) + zone(type.withTimeZone());
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
    return "enum " + SnapshotSyntax.name(type.type());
  }

  @Override
  public String visitRaw(ColumnType.Raw type) {
    return "raw " + SnapshotSyntax.text(type.definition());
  }

  private static String precision(Integer precision) {
    return precision == null ? "" : "(" + precision + ")";
  }

  private static String zone(boolean withTimeZone) {
    return withTimeZone ? " with time zone" : " without time zone";
  }
}
