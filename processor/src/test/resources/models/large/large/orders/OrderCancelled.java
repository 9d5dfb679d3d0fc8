package large.orders;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@DiscriminatorValue("CANCELLED")
public class OrderCancelled extends OrderEvent {
  @Column(length = 500) String reason;
  boolean refunded;
}
