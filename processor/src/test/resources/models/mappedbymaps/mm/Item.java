package mm;

import jakarta.persistence.*;

@Entity
public class Item {
  @Id Long id;
  String code;
  @ManyToOne Catalog catalog;
}
