package large.inventory;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "inventory")
public class StockLevel {
  @EmbeddedId StockLevelId id;
  int onHand;
  int reserved;
  @Version Integer version;
}
