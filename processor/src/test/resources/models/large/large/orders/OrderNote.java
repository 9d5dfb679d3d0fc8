package large.orders;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class OrderNote {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(length = 2000) String text;
  Instant writtenAt;
}
