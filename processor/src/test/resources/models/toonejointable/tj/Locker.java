package tj;

import jakarta.persistence.*;

@Entity
public class Locker {
  @Id Integer number;
}
