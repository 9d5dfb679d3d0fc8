package keys;

import jakarta.persistence.*;

@Entity
public class Payment {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payments")
  @SequenceGenerator(name = "payments", sequenceName = "payment_ids", allocationSize = 10, initialValue = 5)
  Long id;
}
