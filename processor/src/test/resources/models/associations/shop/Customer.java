package shop;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "customers")
public class Customer {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String name;
  @OneToMany(mappedBy = "customer") List<PurchaseOrder> orders;
  @ManyToMany @JoinTable(name = "customer_tags") Set<Tag> tags;
  @OneToMany List<Tag> favorites;
}
