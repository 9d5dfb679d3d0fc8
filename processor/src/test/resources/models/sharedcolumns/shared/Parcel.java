package shared;
import jakarta.persistence.*;
@Entity
public class Parcel {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(name = "purchase_id", insertable = false, updatable = false) Long purchaseId;
}
