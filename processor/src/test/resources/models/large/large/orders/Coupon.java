package large.orders;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;
import org.hibernate.annotations.*;
import org.hibernate.type.SqlTypes;

@Entity
@Check(name = "coupon_percent_range", constraints = "percent_off is null or percent_off between 0 and 100")
public class Coupon {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @NaturalId @Column(length = 32) String code;
  @Column(name = "percent_off") Integer percentOff;
  @ColumnDefault("1") int maxUses;
  @ColumnDefault("true") Boolean active;
  @Embedded large.common.Period validity;
}
