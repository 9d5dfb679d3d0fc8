package ea;

import jakarta.persistence.*;

@MappedSuperclass
public abstract class Owned {
  @ManyToOne Country origin;
}
