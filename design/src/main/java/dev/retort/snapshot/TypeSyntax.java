package dev.retort.snapshot;

import dev.retort.model.ColumnType;
import dev.retort.render.sql.PostgresSqlRenderer;

/**
 * Column types in a snapshot: PostgreSQL's own spelling of each built-in type, written by the SQL
 * renderer ({@link PostgresSqlRenderer#typeName}, the one writer of that spelling), {@code enum <name>}
 * for a native enum and {@code raw "<definition>"} for a verbatim definition, read back to the very
 * same {@link ColumnType} record. The spelling is part of the frozen snapshot format: the snapshot's
 * golden files fail the build if a renderer change would rewrite committed snapshots.
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
    return PostgresSqlRenderer.typeName(type);
  }

  @Override
  public String visitChar(ColumnType.Char type) {
    return PostgresSqlRenderer.typeName(type);
  }

  @Override
  public String visitText(ColumnType.Text type) {
    return PostgresSqlRenderer.typeName(type);
  }

  @Override
  public String visitInt(ColumnType.Int type) {
    return PostgresSqlRenderer.typeName(type);
  }

  @Override
  public String visitNumeric(ColumnType.Numeric type) {
    return PostgresSqlRenderer.typeName(type);
  }

  @Override
  public String visitFloating(ColumnType.Floating type) {
    return PostgresSqlRenderer.typeName(type);
  }

  @Override
  public String visitBool(ColumnType.Bool type) {
    return PostgresSqlRenderer.typeName(type);
  }

  @Override
  public String visitDate(ColumnType.Date type) {
    return PostgresSqlRenderer.typeName(type);
  }

  @Override
  public String visitTime(ColumnType.Time type) {
    return PostgresSqlRenderer.typeName(type);
  }

  @Override
  public String visitTimestamp(ColumnType.Timestamp type) {
    return PostgresSqlRenderer.typeName(type);
  }

  @Override
  public String visitInterval(ColumnType.Interval type) {
    return PostgresSqlRenderer.typeName(type);
  }

  @Override
  public String visitUuid(ColumnType.Uuid type) {
    return PostgresSqlRenderer.typeName(type);
  }

  @Override
  public String visitBytes(ColumnType.Bytes type) {
    return PostgresSqlRenderer.typeName(type);
  }

  @Override
  public String visitJson(ColumnType.Json type) {
    return PostgresSqlRenderer.typeName(type);
  }

  @Override
  public String visitNativeEnum(ColumnType.NativeEnum type) {
    return "enum " + SnapshotSyntax.name(type.type());
  }

  @Override
  public String visitRaw(ColumnType.Raw type) {
    return "raw " + SnapshotSyntax.text(type.definition());
  }
}
