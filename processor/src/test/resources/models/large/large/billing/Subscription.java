package large.billing;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "billing")
public class Subscription {
  public enum Plan { FREE, STARTER, BUSINESS, ENTERPRISE }
  public enum Interval { MONTHLY, YEARLY }
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) BillingAccount account;
  @Enumerated(EnumType.STRING) @Column(length = 12) Plan plan;
  @Enumerated Interval billingInterval;
  @Embedded large.common.Period term;
  @ElementCollection @CollectionTable(name = "subscription_charges", schema = "billing") List<large.common.Money> charges;
  Duration gracePeriod;
}
