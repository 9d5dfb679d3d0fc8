package large.shipping;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class ShippingRate {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) ShippingZone zone;
  @ManyToOne(optional = false) Carrier carrier;
  @Embedded large.common.Money price;
  @Column(precision = 8, scale = 3) BigDecimal maxWeightKg;
}
