package large.inventory;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "inventory")
public class Warehouse {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false, unique = true, length = 20) String code;
  @Embedded large.common.Address address;
  @OneToMany(mappedBy = "warehouse") Set<StorageBin> bins;
}
