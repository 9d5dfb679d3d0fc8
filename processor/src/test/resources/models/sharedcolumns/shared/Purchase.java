package shared;
import jakarta.persistence.*;
import java.util.List;
@Entity
public class Purchase {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @OneToMany @JoinColumn(name = "purchase_id") List<PurchaseLine> lines;
  @OneToMany @JoinColumn(name = "purchase_id", nullable = false) List<Parcel> parcels;
  @OneToMany @JoinColumn(name = "purchase_id") List<Receipt> receipts;
  @OneToMany @JoinColumn(name = "purchase_id", nullable = false) List<Refund> refunds;
}
