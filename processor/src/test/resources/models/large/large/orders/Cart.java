package large.orders;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;
import org.hibernate.annotations.*;
import org.hibernate.type.SqlTypes;

@Entity
public class Cart {
  @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
  @ManyToOne Customer customer;
  @UpdateTimestamp LocalDateTime touchedAt;
}
