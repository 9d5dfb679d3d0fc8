package large.shipping;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class Shipment extends large.common.AuditedEntity {
  public enum State { PREPARING, IN_TRANSIT, DELIVERED, LOST }
  @Id @GeneratedValue Long id;
  @ManyToOne(optional = false) large.orders.CustomerOrder order;
  @ManyToOne Carrier carrier;
  @Embedded large.common.Address destination;
  @Enumerated(EnumType.STRING) State state;
  @OneToMany(mappedBy = "shipment") List<Parcel> parcels;
}
