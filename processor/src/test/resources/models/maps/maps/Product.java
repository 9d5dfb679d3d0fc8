package maps;

import jakarta.persistence.*;
import java.util.Map;

@Entity
public class Product {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ElementCollection @MapKeyColumn(name = "locale", length = 10) @Column(name = "label") Map<String, String> labels;
  @ElementCollection Map<String, Integer> stock;
  @ElementCollection @CollectionTable(name = "product_prices") @MapKeyColumn(name = "currency", length = 3)
  Map<String, java.math.BigDecimal> prices;
}
