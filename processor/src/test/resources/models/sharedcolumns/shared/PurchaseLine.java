package shared;
import jakarta.persistence.*;
@Entity
public class PurchaseLine {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne @JoinColumn(name = "purchase_id", insertable = false, updatable = false) Purchase purchase;
}
