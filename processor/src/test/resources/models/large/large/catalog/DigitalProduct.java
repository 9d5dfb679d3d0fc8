package large.catalog;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class DigitalProduct extends Product {
  @Column(nullable = false) String downloadUrl;
  long sizeBytes;
}
