package emb;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

@MappedSuperclass
public abstract class Audited {
  Instant createdAt;
  String createdBy;
}
