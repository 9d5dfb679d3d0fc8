package large.orders;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class Customer extends large.common.AuditedEntity {
  public enum Tier { BRONZE, SILVER, GOLD, PLATINUM }
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @OneToOne @JoinColumn(name = "account_id") large.identity.UserAccount account;
  @Column(nullable = false) String fullName;
  Tier tier;
  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "billing_street"))
  @AttributeOverride(name = "city", column = @Column(name = "billing_city"))
  @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code"))
  @AttributeOverride(name = "country", column = @Column(name = "billing_country", length = 2))
  large.common.Address billingAddress;
  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "shipping_street"))
  @AttributeOverride(name = "city", column = @Column(name = "shipping_city"))
  @AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code"))
  @AttributeOverride(name = "country", column = @Column(name = "shipping_country", length = 2))
  large.common.Address shippingAddress;
  LocalDate birthday;
  @ElementCollection @OrderColumn List<large.common.Address> formerAddresses;
}
