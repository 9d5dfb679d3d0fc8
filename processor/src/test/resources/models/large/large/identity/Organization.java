package large.identity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;
import org.hibernate.annotations.*;
import jakarta.persistence.Table;
import org.hibernate.type.SqlTypes;

@Entity
@Table(schema = "identity")
@Comment("Tenants")
public class Organization extends large.common.AuditedEntity {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false, length = 200) String name;
  @Column(unique = true, length = 63) String slug;
  @JdbcTypeCode(SqlTypes.JSON) Map<String, Object> settings;
  @Embedded large.common.Address address;
}
