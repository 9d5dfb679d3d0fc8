package stc;

import jakarta.persistence.*;

@Entity
public class Depot {
  @Id Long id;
}
