package large.inventory;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "inventory")
public class ReplenishmentOrder extends large.common.AuditedEntity {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) Supplier supplier;
  @ManyToOne(optional = false) Warehouse warehouse;
  LocalDate expectedOn;
  @OneToMany(mappedBy = "order") List<ReplenishmentLine> lines;
}
