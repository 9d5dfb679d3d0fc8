package large.identity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "identity")
public class LoginSession {
  @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
  @ManyToOne(optional = false) UserAccount user;
  @Column(nullable = false) Instant expiresAt;
  @Column(length = 45) String ipAddress;
  @Lob byte[] fingerprint;
}
