package large.catalog;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class Bundle {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String title;
  @ManyToMany @OrderColumn @JoinTable(name = "bundle_products") List<Product> products;
  @Column(precision = 5, scale = 2) BigDecimal discountPercent;
}
