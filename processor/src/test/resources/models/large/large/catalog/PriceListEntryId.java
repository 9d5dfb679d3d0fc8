package large.catalog;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

public class PriceListEntryId implements java.io.Serializable {
  Long priceList;
  String sku;
}
