package di;

import jakarta.persistence.*;

@Entity
public class Parent {
  @Id Long id;
  String name;
}
