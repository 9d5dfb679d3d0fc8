package stc;

import jakarta.persistence.*;

@Entity
public class Vehicle {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String name;
}
