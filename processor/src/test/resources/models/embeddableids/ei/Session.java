package ei;

import jakarta.persistence.*;

/** A to-one to that key gets one join column per key column. */
@Entity
public class Session {
  @Id Long id;
  @ManyToOne Connection connection;
}
