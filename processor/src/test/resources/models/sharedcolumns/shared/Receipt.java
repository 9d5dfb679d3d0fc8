package shared;
import jakarta.persistence.*;
@Entity
public class Receipt {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) @JoinColumn(name = "purchase_id", insertable = false, updatable = false) Purchase purchase;
}
