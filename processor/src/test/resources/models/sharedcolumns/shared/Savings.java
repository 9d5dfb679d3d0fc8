package shared;
import jakarta.persistence.*;
@Entity
public class Savings extends Account {
  @Column(length = 12) String label;
}
