package large.identity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "identity")
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
@SequenceGenerator(name = "credential_ids", sequenceName = "credential_seq", allocationSize = 20)
public abstract class Credential {
  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credential_ids") Long id;
  @Column(nullable = false) Long userId;
  Instant lastUsedAt;
}
