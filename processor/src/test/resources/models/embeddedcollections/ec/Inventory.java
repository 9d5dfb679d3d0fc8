package ec;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

/** An embedded value holding collection associations. */
@Embeddable
public class Inventory {
  int capacity;
  @OneToMany @JoinColumn(name = "warehouse_id") List<Item> items;
  @ManyToMany @JoinTable(name = "warehouse_tags") Set<Tag> tags;
}
