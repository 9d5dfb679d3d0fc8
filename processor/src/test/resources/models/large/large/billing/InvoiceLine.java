package large.billing;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "billing")
public class InvoiceLine {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) Invoice invoice;
  @Column(nullable = false) String description;
  @Column(precision = 10, scale = 3) BigDecimal quantity;
  @Embedded large.common.Money unitPrice;
  @ManyToOne TaxRate taxRate;
}
