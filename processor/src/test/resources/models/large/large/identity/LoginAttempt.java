package large.identity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "identity")
public class LoginAttempt {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @Column(length = 320) String email;
  boolean succeeded;
  OffsetDateTime attemptedAt;
  short failureCode;
}
