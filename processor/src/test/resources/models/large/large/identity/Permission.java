package large.identity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "identity", uniqueConstraints = @UniqueConstraint(columnNames = {"resource", "action"}))
public class Permission {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
  @Column(nullable = false, length = 80) String resource;
  @Column(nullable = false, length = 40) String action;
}
