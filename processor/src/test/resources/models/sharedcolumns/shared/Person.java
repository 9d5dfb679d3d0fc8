package shared;
import jakarta.persistence.*;
@Entity @Table(name = "people")
public class Person {
  @Id Long id;
  @Column(length = 20, nullable = false) String name;
  String email;
}
