package tj;

import jakarta.persistence.*;

@Entity
public class Desk {
  @Id Long id;
}
