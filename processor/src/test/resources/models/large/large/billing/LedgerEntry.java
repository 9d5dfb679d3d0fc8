package large.billing;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;
import org.hibernate.annotations.*;
import jakarta.persistence.Table;
import org.hibernate.type.SqlTypes;

@Entity
@Table(schema = "billing")
public class LedgerEntry {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) BillingAccount account;
  @Column(precision = 14, scale = 2, nullable = false) BigDecimal debit;
  @Column(precision = 14, scale = 2, nullable = false) BigDecimal credit;
  @JdbcTypeCode(SqlTypes.JSON) String details;
  @Comment("Booked at, in UTC") Instant bookedAt;
}
