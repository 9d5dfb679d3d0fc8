package shared;
import jakarta.persistence.*;
@Entity
public class Refund {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(name = "purchase_id", insertable = false, updatable = false) long purchaseId;
}
