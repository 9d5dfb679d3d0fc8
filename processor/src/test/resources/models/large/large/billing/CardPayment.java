package large.billing;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {
  @Column(length = 4) String lastFour;
  @Column(length = 20) String network;
  int expiryMonth;
  int expiryYear;
}
