package large.orders;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class OrderLine {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) @JoinColumn(name = "order_id") CustomerOrder order;
  @ManyToOne(optional = false) large.catalog.Product product;
  int quantity;
  @Embedded large.common.Money unitPrice;
}
