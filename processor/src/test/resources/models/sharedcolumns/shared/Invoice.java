package shared;
import jakarta.persistence.*;
@Entity
public class Invoice {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne Customer customer;
  @Column(name = "customer_id", insertable = false, updatable = false) Long customerId;
  @Column(name = "payer_id", insertable = false, updatable = false) Long payerId;
  @ManyToOne(optional = false) Customer payer;
  @ManyToOne(optional = false) @JoinColumn(name = "agent", insertable = false, updatable = false) Customer agentCustomer;
  @Column(name = "agent") Long agent;
  @Column(name = "code", insertable = false, updatable = false) String codeCopy;
  @Column(name = "code", length = 40, nullable = false) String aCode;
  @Column(name = "id", insertable = false, updatable = false) Long idCopy;
}
