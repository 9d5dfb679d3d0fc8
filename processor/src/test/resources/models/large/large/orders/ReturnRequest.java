package large.orders;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class ReturnRequest {
  public enum Reason { DAMAGED, WRONG_ITEM, NOT_NEEDED, OTHER }
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @OneToOne(optional = false) CustomerOrder order;
  @Enumerated(EnumType.STRING) Reason reason;
  @Column(length = 1000) String comment;
}
