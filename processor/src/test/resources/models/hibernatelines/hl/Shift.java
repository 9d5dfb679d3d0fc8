package hl;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.CurrentTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** Every mapping whose schema differs between Hibernate 6.6 and 7, in one SINGLE_TABLE hierarchy. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public class Shift {
  @Id Long id;
  LocalTime startsAt;
  @CreationTimestamp Instant createdAt;
  @UpdateTimestamp Instant changedAt;
  @CurrentTimestamp Instant seenAt;
  @Version Integer version;
  @ElementCollection Set<String> tags;
  @ElementCollection @OrderColumn List<String> steps;
}
