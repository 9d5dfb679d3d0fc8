package large.shipping;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class DeliverySlot {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) ShippingZone zone;
  LocalDate day;
  LocalTime opensAt;
  LocalTime closesAt;
  @Column(nullable = false) Integer capacity;
}
