package sl;

import jakarta.persistence.*;
import java.io.Serializable;

/** Serialized values declared @Lob: Hibernate keeps them in a large object. */
@Entity
public class Blueprint {
  @Id Long id;
  @Lob Serializable drawing;
  @Lob Sketch sketch;
}
