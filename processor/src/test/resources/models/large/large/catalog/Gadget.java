package large.catalog;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@PrimaryKeyJoinColumn(name = "product_id")
public class Gadget extends Product {
  @Embedded large.common.Dimensions dimensions;
  Integer warrantyMonths;
}
