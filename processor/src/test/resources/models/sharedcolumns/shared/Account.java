package shared;
import jakarta.persistence.*;
@Entity
public class Account {
  @Id Long id;
  @Column(name = "DTYPE", insertable = false, updatable = false) String kind;
  @Column(insertable = false, updatable = false) long balance;
}
