package large.shipping;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class ShippingZone {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String name;
  @ElementCollection @Column(name = "country", length = 2, nullable = false) Set<String> countries;
}
