package lv;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Long character types, as Hibernate 5's TextType is ported to Hibernate 6 and later. */
@Entity
public class Note {
  @Id Long id;
  @JdbcTypeCode(SqlTypes.LONGVARCHAR) String body;
  @JdbcTypeCode(SqlTypes.LONGNVARCHAR) String summary;
  @JdbcTypeCode(SqlTypes.LONGVARCHAR) @Column(length = 1000) String excerpt;
  @JdbcTypeCode(SqlTypes.LONGVARBINARY) byte[] attachment;
}
