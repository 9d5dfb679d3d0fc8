package ec;

import jakarta.persistence.*;

@Entity
public class Tag {
  @Id Long id;
}
