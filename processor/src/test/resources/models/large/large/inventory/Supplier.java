package large.inventory;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "inventory")
public class Supplier {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String name;
  @Embedded large.common.Address address;
  large.common.EmailAddress contactEmail;
  @ElementCollection @CollectionTable(name = "supplier_lead_times", schema = "inventory")
  @MapKeyColumn(name = "sku", length = 40) @Column(name = "days") Map<String, Integer> leadTimes;
}
