package large.catalog;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class ProductImage {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) @JoinColumn(foreignKey = @ForeignKey(name = "fk_image_product")) Product product;
  @Column(nullable = false, length = 500) String url;
  @Column(length = 200) String altText;
  int position;
}
