package shared;
import jakarta.persistence.*;
@Entity
public class Checking extends Account {
  @Column(length = 12) String label;
}
