package large.inventory;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;
import org.hibernate.annotations.*;
import jakarta.persistence.Table;
import org.hibernate.type.SqlTypes;

@Entity
@Table(schema = "inventory")
public class StockMovement {
  public enum Kind { RECEIPT, PICK, ADJUSTMENT, TRANSFER }
  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "movement_ids")
  @SequenceGenerator(name = "movement_ids", sequenceName = "stock_movement_seq", schema = "inventory", allocationSize = 100)
  Long id;
  @ManyToOne(optional = false) Warehouse warehouse;
  @Column(nullable = false, length = 40) String sku;
  int quantity;
  @Enumerated(EnumType.STRING) Kind kind;
  @CreationTimestamp LocalDateTime movedAt;
}
