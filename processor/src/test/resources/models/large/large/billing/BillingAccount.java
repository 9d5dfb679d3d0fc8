package large.billing;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "billing")
public class BillingAccount {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @OneToOne(optional = false) large.orders.Customer customer;
  @Column(length = 34) String iban;
  @Column(length = 3, nullable = false) String currency;
  @Column(precision = 14, scale = 2) BigDecimal creditLimit;
}
