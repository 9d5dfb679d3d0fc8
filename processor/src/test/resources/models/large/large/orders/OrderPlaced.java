package large.orders;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@DiscriminatorValue("PLACED")
public class OrderPlaced extends OrderEvent {
  @Column(length = 45) String ipAddress;
}
