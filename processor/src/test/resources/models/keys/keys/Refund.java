package keys;

import jakarta.persistence.*;

@Entity
public class Refund {
  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Integer id;
}
