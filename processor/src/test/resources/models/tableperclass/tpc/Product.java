package tpc;

import jakarta.persistence.*;

@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class Product {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "products")
  @SequenceGenerator(name = "products", allocationSize = 1)
  Long id;
  String name;
}
