package large.common;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

/** Audit columns and optimistic locking shared by most entities. */
@MappedSuperclass
public abstract class AuditedEntity {
  @org.hibernate.annotations.CreationTimestamp Instant createdAt;
  @org.hibernate.annotations.UpdateTimestamp Instant updatedAt;
  @Column(length = 100) String createdBy;
  @Version long version;
}
