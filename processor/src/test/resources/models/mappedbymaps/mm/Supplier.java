package mm;

import jakarta.persistence.*;
import java.util.Set;

@Entity
public class Supplier {
  @Id Long id;
  String name;
  @ManyToMany Set<Catalog> catalogs;
}
