package mm;

import jakarta.persistence.*;
import java.util.Map;

/** Inverse sides kept in maps keyed by an attribute of the target: the owning sides map every column. */
@Entity
public class Catalog {
  @Id Long id;
  @OneToMany(mappedBy = "catalog") @MapKey(name = "code") Map<String, Item> itemsByCode;
  @OneToMany(mappedBy = "catalog") @MapKey Map<Long, Item> itemsById;
  @ManyToMany(mappedBy = "catalogs") @MapKey(name = "name") Map<String, Supplier> suppliersByName;
}
