package dev.retort.read;

import dev.retort.model.ColumnType;
import dev.retort.model.ColumnType.IntKind;
import java.util.Optional;

/**
 * The PostgreSQL column type Hibernate 7.4's dialect gives an attribute whose
 * {@code @JdbcTypeCode(SqlTypes...)} chooses its JDBC type, sized by its {@code @Column}; each code
 * here was checked against Hibernate's own DDL, and any other code is empty, for the reader to report.
 */
final class JdbcTypeCodes {

  /** Codes of {@code org.hibernate.type.SqlTypes}, which the processor cannot load. */
  static final int JSON = 3001;
  static final int NAMED_ENUM = 6001;

  private static final int DEFAULT_LENGTH = 255;
  /** Hibernate's {@code Length.LONG}, the default length of a long character column. */
  private static final int LONG_LENGTH = 32600;

  private JdbcTypeCodes() {}

  /**
   * The column type for {@code code} on an attribute of {@code javaType} (a qualified or primitive
   * name), sized by {@code column} or else by the Java type's defaults; empty for a code not checked against Hibernate.
   */
  static Optional<ColumnType> columnType(int code, String javaType, Optional<Jpa> column) {
    int length = column.filter(c -> c.isSet("length")).map(c -> c.integer("length", DEFAULT_LENGTH)).orElse(defaultLength(javaType));
    int precision = column.map(c -> c.integer("precision", 0)).orElse(0);
    int scale = column.map(c -> c.integer("scale", 0)).orElse(0);
    switch (code) {
      case 12: // VARCHAR
      case -9: // NVARCHAR
        return Optional.of(new ColumnType.Varchar(length));
      case 1: // CHAR
      case -15: // NCHAR
        return Optional.of(new ColumnType.Char(length));
      case -1: // LONGVARCHAR
      case -16: // LONGNVARCHAR
        // Hibernate sizes a long character column Length.LONG unless the column gives its length.
        return Optional.of(new ColumnType.Varchar(column.filter(c -> c.isSet("length")).map(c -> c.integer("length", LONG_LENGTH)).orElse(LONG_LENGTH)));
      case 4001: // LONG32VARCHAR
      case 4002: // LONG32NVARCHAR
        return Optional.of(new ColumnType.Text());
      case 4: // INTEGER
        return Optional.of(new ColumnType.Int(IntKind.INTEGER));
      case -5: // BIGINT
        return Optional.of(new ColumnType.Int(IntKind.BIGINT));
      case 5: // SMALLINT
      case -6: // TINYINT
        return Optional.of(new ColumnType.Int(IntKind.SMALLINT));
      case 16: // BOOLEAN
        return Optional.of(new ColumnType.Bool());
      case 8: // DOUBLE
      case 6: // FLOAT
        // The dialect writes float(p), which PostgreSQL reads as real up to 24 bits; a Float's precision is 24.
        int bits = precision > 0 ? precision : javaType.equals("java.lang.Float") || javaType.equals("float") ? 24 : 53;
        return Optional.of(new ColumnType.Floating(bits > 24));
      case 7: // REAL
        return Optional.of(new ColumnType.Floating(false));
      case 2: // NUMERIC
      case 3: // DECIMAL
        return Optional.of(precision > 0 ? new ColumnType.Numeric(precision, scale) : new ColumnType.Numeric(38, scale > 0 ? scale : 2));
      case 91: // DATE
        return Optional.of(new ColumnType.Date());
      case 93: // TIMESTAMP
        return Optional.of(new ColumnType.Timestamp(6, false));
      case 2014: // TIMESTAMP_WITH_TIMEZONE
      case 3003: // TIMESTAMP_UTC
        return Optional.of(new ColumnType.Timestamp(6, true));
      case 3000: // UUID
        return Optional.of(new ColumnType.Uuid());
      case -2: // BINARY
      case -3: // VARBINARY
      case -4: // LONGVARBINARY
      case 4003: // LONG32VARBINARY
        return Optional.of(new ColumnType.Bytes());
      case 3002: // INET
        return Optional.of(new ColumnType.Raw("inet"));
      case 2009: // SQLXML
        return Optional.of(new ColumnType.Raw("xml"));
      case JSON:
        // Hibernate's PostgreSQL dialect stores SqlTypes.JSON as jsonb, whatever the Java type.
        return Optional.of(new ColumnType.Json(true));
      default:
        return Optional.empty();
    }
  }

  /** The length Hibernate's Java type gives a character column when {@code @Column} gives none. */
  private static int defaultLength(String javaType) {
    switch (javaType) {
      case "java.util.UUID":
        return 36;
      case "java.lang.Boolean":
      case "boolean":
      case "java.lang.Character":
      case "char":
        return 1;
      default:
        return DEFAULT_LENGTH;
    }
  }
}
