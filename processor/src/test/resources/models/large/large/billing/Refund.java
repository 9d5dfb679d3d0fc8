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
public class Refund {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) Payment payment;
  @Column(precision = 14, scale = 2) BigDecimal amount;
  @CreationTimestamp OffsetDateTime refundedAt;
}
