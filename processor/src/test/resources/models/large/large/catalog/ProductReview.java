package large.catalog;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;
import org.hibernate.annotations.*;
import org.hibernate.type.SqlTypes;

@Entity
@Check(constraints = "rating between 1 and 5")
public class ProductReview {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) Product product;
  @ManyToOne large.identity.UserAccount author;
  int rating;
  @Column(length = 4000) String body;
  @CreationTimestamp Instant postedAt;
}
