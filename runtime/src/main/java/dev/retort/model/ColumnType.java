package dev.retort.model;

import java.util.Objects;

/**
 * The logical type of a column; each dialect renders it in its own words, so the model never
 * holds dialect SQL except through {@link Raw}.
 */
public sealed interface ColumnType {

  /** Dispatches to the visitor method for this type; the exhaustive switch of Java 17. */
  <R> R accept(Visitor<R> visitor);

  /** One method per logical type. */
  interface Visitor<R> {
    R visitVarchar(Varchar type);

    R visitChar(Char type);

    R visitText(Text type);

    R visitInt(Int type);

    R visitNumeric(Numeric type);

    R visitFloating(Floating type);

    R visitBool(Bool type);

    R visitDate(Date type);

    R visitTime(Time type);

    R visitTimestamp(Timestamp type);

    R visitInterval(Interval type);

    R visitUuid(Uuid type);

    R visitBytes(Bytes type);

    R visitJson(Json type);

    R visitNativeEnum(NativeEnum type);

    R visitRaw(Raw type);
  }

  /** {@code varchar(length)}, or unbounded {@code varchar} when {@code length} is null. */
  record Varchar(Integer length) implements ColumnType {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitVarchar(this);
    }

    public Varchar {
      requirePositive(length, "varchar length");
    }
  }

  /** Fixed-length {@code char(length)}. */
  record Char(int length) implements ColumnType {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitChar(this);
    }

    public Char {
      requirePositive(length, "char length");
    }
  }

  /** Unbounded text. */
  record Text() implements ColumnType {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitText(this);
    }
  }

  /** {@code smallint}, {@code integer} or {@code bigint}. */
  record Int(IntKind kind) implements ColumnType {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitInt(this);
    }

    public Int {
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * Exact numeric; a null precision means unconstrained {@code numeric}, and a precision without
   * a scale means scale 0, as PostgreSQL reads it.
   */
  record Numeric(Integer precision, Integer scale) implements ColumnType {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNumeric(this);
    }

    public Numeric {
      requirePositive(precision, "numeric precision");
      if (scale != null && precision == null) {
        throw new IllegalArgumentException("a numeric scale needs a precision");
      }
      if (precision != null && scale == null) {
        scale = 0;
      }
      if (scale != null && (scale < 0 || scale > precision)) {
        throw new IllegalArgumentException("numeric scale " + scale + " must lie between 0 and the precision " + precision);
      }
    }
  }

  /** {@code real} (4 bytes) or {@code double precision} (8 bytes). */
  record Floating(boolean doublePrecision) implements ColumnType {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitFloating(this);
    }
  }

  /** {@code boolean}. */
  record Bool() implements ColumnType {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBool(this);
    }
  }

  /** {@code date}. */
  record Date() implements ColumnType {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitDate(this);
    }
  }

  /** {@code time(precision)}, with or without time zone; a null precision is the server default. */
  record Time(Integer precision, boolean withTimeZone) implements ColumnType {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitTime(this);
    }

    public Time {
      requireFractionalPrecision(precision);
    }
  }

  /** {@code timestamp(precision)}, with or without time zone; a null precision is the server default. */
  record Timestamp(Integer precision, boolean withTimeZone) implements ColumnType {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitTimestamp(this);
    }

    public Timestamp {
      requireFractionalPrecision(precision);
    }
  }

  /** {@code interval second(precision)}; a null precision is a plain {@code interval}. */
  record Interval(Integer precision) implements ColumnType {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitInterval(this);
    }

    public Interval {
      requireFractionalPrecision(precision);
    }
  }

  /** {@code uuid}. */
  record Uuid() implements ColumnType {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitUuid(this);
    }
  }

  /** Binary data: {@code bytea}. */
  record Bytes() implements ColumnType {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBytes(this);
    }
  }

  /** {@code json}, or {@code jsonb} when binary. */
  record Json(boolean binary) implements ColumnType {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitJson(this);
    }
  }

  /** A native enum type created with {@code CREATE TYPE ... AS ENUM}. */
  record NativeEnum(QualifiedName type) implements ColumnType {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNativeEnum(this);
    }

    public NativeEnum {
      Objects.requireNonNull(type, "type");
    }
  }

  /** The escape hatch: a column definition given verbatim, as JPA's {@code columnDefinition} does. */
  record Raw(String definition) implements ColumnType {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRaw(this);
    }

    public Raw {
      Objects.requireNonNull(definition, "definition");
      if (definition.isBlank()) {
        throw new IllegalArgumentException("a raw column definition must not be blank");
      }
    }
  }

  /** The three integer widths. */
  enum IntKind {
    SMALLINT,
    INTEGER,
    BIGINT
  }

  private static void requirePositive(Integer value, String what) {
    if (value != null && value <= 0) {
      throw new IllegalArgumentException(what + " must be positive, was " + value);
    }
  }

  private static void requireFractionalPrecision(Integer precision) {
    if (precision != null && (precision < 0 || precision > 6)) {
      throw new IllegalArgumentException("fractional seconds precision must lie between 0 and 6, was " + precision);
    }
  }
}
