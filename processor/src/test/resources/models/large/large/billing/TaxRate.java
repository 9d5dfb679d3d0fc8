package large.billing;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "billing")
public class TaxRate {
  @Id @GeneratedValue(strategy = GenerationType.TABLE) Long id;
  @Column(nullable = false, length = 2) String country;
  @Column(precision = 5, scale = 2, nullable = false) BigDecimal percent;
  @Embedded large.common.Period validity;
}
