package keys;

import jakarta.persistence.*;

@Entity
@Table(name = "invoices")
public class Invoice {
  @Id @GeneratedValue Long id;
  String number;
}
