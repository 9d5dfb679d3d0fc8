package large.billing;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@DiscriminatorValue("TRANSFER")
public class BankTransferPayment extends Payment {
  @Column(length = 34) String iban;
  @Column(length = 140) String reference;
}
