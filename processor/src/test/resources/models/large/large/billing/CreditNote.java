package large.billing;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "billing")
public class CreditNote {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) Invoice invoice;
  @Convert(converter = large.common.UpperCaseConverter.class) @Column(length = 30) String code;
  @Embedded large.common.Money amount;
}
