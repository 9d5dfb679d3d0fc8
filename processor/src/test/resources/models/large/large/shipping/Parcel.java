package large.shipping;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class Parcel {
  @Id @GeneratedValue Long id;
  @ManyToOne(optional = false) Shipment shipment;
  @Column(length = 60) String trackingNumber;
  @Embedded large.common.Dimensions dimensions;
}
