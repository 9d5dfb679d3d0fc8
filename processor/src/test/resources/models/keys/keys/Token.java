package keys;

import jakarta.persistence.*;
import java.util.UUID;

@Entity
public class Token {
  @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
}
