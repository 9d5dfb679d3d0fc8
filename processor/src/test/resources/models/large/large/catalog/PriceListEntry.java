package large.catalog;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@IdClass(PriceListEntryId.class)
public class PriceListEntry {
  @Id Long priceList;
  @Id @Column(length = 40) String sku;
  @Column(precision = 12, scale = 2, nullable = false) BigDecimal price;
}
