package large.billing;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@DiscriminatorValue("WALLET")
public class WalletPayment extends Payment {
  @Column(length = 30, nullable = false) String provider;
}
