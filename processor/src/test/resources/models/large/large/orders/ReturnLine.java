package large.orders;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class ReturnLine {
  @EmbeddedId ReturnLineId id;
  @Column(length = 40) String sku;
  int quantity;
}
