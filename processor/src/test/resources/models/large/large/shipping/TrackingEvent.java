package large.shipping;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class TrackingEvent {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) Parcel parcel;
  @Column(nullable = false) Instant seenAt;
  @Column(length = 200) String location;
  @Column(length = 40) String status;
}
