package large.identity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "identity")
public class PasswordCredential extends Credential {
  @Column(nullable = false, length = 100) String hash;
  int iterations;
}
