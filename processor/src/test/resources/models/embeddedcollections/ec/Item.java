package ec;

import jakarta.persistence.*;

@Entity
public class Item {
  @Id Long id;
  String sku;
}
