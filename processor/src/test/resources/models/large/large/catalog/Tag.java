package large.catalog;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class Tag {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(unique = true, length = 50) String label;
}
