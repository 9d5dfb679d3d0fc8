package ei;

import jakarta.persistence.*;

/** Its key is an embeddable under a plain @Id, which Hibernate maps as an embedded id. */
@Entity
public class Connection {
  @Id ConnectionKey key;
  String secret;
}
