package large.billing;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "billing", uniqueConstraints = @UniqueConstraint(name = "invoice_number_uk", columnNames = "number"))
public class Invoice extends large.common.AuditedEntity {
  public enum State { DRAFT, ISSUED, PAID, VOID }
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false, length = 30) String number;
  @ManyToOne(optional = false) BillingAccount account;
  @ManyToOne large.orders.CustomerOrder order;
  @Enumerated(EnumType.STRING) State state;
  LocalDate issuedOn;
  LocalDate dueOn;
  @Embedded large.common.Money total;
  @OneToMany(mappedBy = "invoice") List<InvoiceLine> lines;
}
