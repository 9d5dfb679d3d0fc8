package large.common;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Embeddable
public class Money {
  @Column(precision = 19, scale = 4) BigDecimal amount;
  @Column(length = 3) String currency;
}
