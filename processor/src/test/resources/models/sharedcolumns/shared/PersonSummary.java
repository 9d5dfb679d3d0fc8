package shared;
import jakarta.persistence.*;
@Entity @Table(name = "people")
public class PersonSummary {
  @Id Long id;
  @Column(length = 20, nullable = false) String name;
}
