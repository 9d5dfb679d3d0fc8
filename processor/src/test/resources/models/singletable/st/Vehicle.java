package st;

import jakarta.persistence.*;

@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public class Vehicle {
  @Id @GeneratedValue Long id;
  int wheels;
}
