package large.orders;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class OrderDiscount {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) CustomerOrder order;
  @ManyToOne Coupon coupon;
  @Column(precision = 12, scale = 2) BigDecimal amount;
}
