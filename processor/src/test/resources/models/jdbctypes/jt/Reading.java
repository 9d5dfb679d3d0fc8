package jt;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Attributes whose column type @JdbcTypeCode chooses instead of their Java type. */
@Entity
public class Reading {
  @Id @JdbcTypeCode(SqlTypes.VARCHAR) UUID id;
  @JdbcTypeCode(SqlTypes.CHAR) @Column(length = 36) UUID correlation;
  @JdbcTypeCode(SqlTypes.LONG32VARCHAR) String notes;
  @JdbcTypeCode(SqlTypes.NVARCHAR) @Column(length = 40) String label;
  @JdbcTypeCode(SqlTypes.INET) String address;
  @JdbcTypeCode(SqlTypes.SQLXML) String document;
  @JdbcTypeCode(SqlTypes.TIMESTAMP_UTC) Instant takenAt;
  @JdbcTypeCode(SqlTypes.TIMESTAMP) LocalDateTime storedAt;
  @JdbcTypeCode(SqlTypes.BIGINT) Integer counter;
  @JdbcTypeCode(SqlTypes.SMALLINT) Integer level;
  @JdbcTypeCode(SqlTypes.INTEGER) Long small;
  @JdbcTypeCode(SqlTypes.NUMERIC) @Column(precision = 12, scale = 3) BigDecimal amount;
  @JdbcTypeCode(SqlTypes.DOUBLE) Float ratio;
  @JdbcTypeCode(SqlTypes.VARBINARY) byte[] payload;
  @JdbcTypeCode(SqlTypes.LONG32VARBINARY) byte[] blob;
  @JdbcTypeCode(SqlTypes.UUID) UUID external;
}
