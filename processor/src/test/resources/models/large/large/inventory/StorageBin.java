package large.inventory;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "inventory", uniqueConstraints = @UniqueConstraint(columnNames = {"warehouse_id", "label"}))
public class StorageBin {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) Warehouse warehouse;
  @Column(nullable = false, length = 20) String label;
  @Embedded large.common.Dimensions capacity;
}
