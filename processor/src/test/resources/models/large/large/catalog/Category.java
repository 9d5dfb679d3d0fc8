package large.catalog;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class Category {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false, length = 100) String name;
  @ManyToOne Category parent;
  @OneToMany(mappedBy = "parent") List<Category> children;
  int sortOrder;
}
