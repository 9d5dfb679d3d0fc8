package ec;

import jakarta.persistence.*;

@Entity
public class Warehouse {
  @Id Long id;
  String city;
  @Embedded Inventory inventory;
}
