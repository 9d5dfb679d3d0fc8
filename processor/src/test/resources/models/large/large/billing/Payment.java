package large.billing;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "billing")
@Inheritance
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.STRING, length = 20)
public abstract class Payment extends large.common.AuditedEntity {
  public enum Outcome { PENDING, SUCCEEDED, FAILED }
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) Invoice invoice;
  @Column(precision = 14, scale = 2, nullable = false) BigDecimal amount;
  @Enumerated(EnumType.STRING) Outcome outcome;
}
