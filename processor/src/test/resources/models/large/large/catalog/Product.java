package large.catalog;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(indexes = {@Index(name = "product_sku_idx", columnList = "sku", unique = true), @Index(columnList = "name, launched_on desc")})
public class Product extends large.common.AuditedEntity {
  public enum Visibility { HIDDEN, LISTED, FEATURED }
  @Id @GeneratedValue Long id;
  @Column(nullable = false, length = 40) String sku;
  @Column(nullable = false) String name;
  @Lob String description;
  @ManyToOne Category category;
  @ManyToOne(fetch = FetchType.LAZY) Brand brand;
  @Enumerated(EnumType.STRING) Visibility visibility;
  @Column(name = "launched_on") LocalDate launchedOn;
  @Embedded @AttributeOverride(name = "amount", column = @Column(name = "list_price", precision = 12, scale = 2))
  @AttributeOverride(name = "currency", column = @Column(name = "list_currency", length = 3))
  large.common.Money listPrice;
  @ManyToMany Set<Tag> tags;
  @ElementCollection @CollectionTable(name = "product_attributes") @MapKeyColumn(name = "attribute_name", length = 60)
  @Column(name = "attribute_value", length = 500) Map<String, String> attributes;
  @OneToMany(mappedBy = "product") List<ProductImage> images;
}
