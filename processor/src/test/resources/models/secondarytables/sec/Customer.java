package sec;

import jakarta.persistence.*;

@Entity
@SecondaryTable(name = "customer_details")
public class Customer {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String name;
  @Column(table = "customer_details", length = 2000) String notes;
  @Column(table = "customer_details") int loyaltyPoints;
  @Column(table = "customer_details", nullable = false) String tier;
  @Embedded
  @AttributeOverride(name = "street", column = @Column(table = "customer_details", name = "billing_street"))
  @AttributeOverride(name = "city", column = @Column(table = "customer_details", name = "billing_city"))
  Address billing;
}
