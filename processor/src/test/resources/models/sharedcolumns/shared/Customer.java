package shared;
import jakarta.persistence.*;
@Entity
public class Customer {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
}
