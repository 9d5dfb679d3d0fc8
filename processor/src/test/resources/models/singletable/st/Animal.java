package st;

import jakarta.persistence.*;

@Entity
@DiscriminatorColumn(name = "kind", length = 20)
public abstract class Animal {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String name;
}
