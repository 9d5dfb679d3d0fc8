package large.orders;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;
import org.hibernate.annotations.*;
import jakarta.persistence.Table;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "orders")
public class CustomerOrder extends large.common.AuditedEntity {
  public enum Status { CART, PLACED, PAID, SHIPPED, DELIVERED, CANCELLED }
  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_ids")
  @SequenceGenerator(name = "order_ids", sequenceName = "order_number_seq", initialValue = 1000, allocationSize = 10)
  Long id;
  @ManyToOne(optional = false) Customer customer;
  @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) Status status;
  @Embedded @AttributeOverride(name = "amount", column = @Column(name = "total_amount", precision = 14, scale = 2))
  @AttributeOverride(name = "currency", column = @Column(name = "total_currency", length = 3))
  large.common.Money total;
  OffsetDateTime placedAt;
  @OneToMany(mappedBy = "order") List<OrderLine> lines;
  @OneToMany @JoinColumn(name = "order_id") List<OrderNote> notes;
  @Formula("(select count(*) from order_line l where l.order_id = id)") int lineCount;
  @Transient String scratch;
}
