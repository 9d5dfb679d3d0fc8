package large.identity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "identity")
public class ApiKeyCredential extends Credential {
  @Column(nullable = false, length = 64) String keyHash;
  @Column(length = 12) String prefix;
  LocalDate expiresOn;
}
