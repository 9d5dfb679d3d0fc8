package large.inventory;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "inventory")
public class ReplenishmentLine {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) ReplenishmentOrder order;
  @Column(nullable = false, length = 40) String sku;
  int quantity;
  @Column(precision = 12, scale = 2) BigDecimal unitCost;
}
