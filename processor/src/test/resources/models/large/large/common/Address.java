package large.common;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Embeddable
public class Address {
  @Column(length = 200) String street;
  @Column(length = 100) String city;
  @Column(length = 20) String postalCode;
  @Column(length = 2) String country;
}
