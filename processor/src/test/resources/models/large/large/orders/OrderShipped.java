package large.orders;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@DiscriminatorValue("SHIPPED")
public class OrderShipped extends OrderEvent {
  @Column(nullable = false, length = 60) String trackingNumber;
}
