package large.inventory;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Embeddable
public class StockLevelId implements java.io.Serializable {
  Long warehouseId;
  @Column(length = 40) String sku;
}
