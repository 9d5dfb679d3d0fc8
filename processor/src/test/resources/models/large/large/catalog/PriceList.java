package large.catalog;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class PriceList {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(nullable = false) String name;
  @Embedded large.common.Period validity;
  @Convert(converter = large.common.UpperCaseConverter.class) @Column(length = 3) String currency;
}
