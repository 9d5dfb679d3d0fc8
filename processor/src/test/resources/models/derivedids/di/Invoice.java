package di;

import jakarta.persistence.*;

@Entity
public class Invoice {
  @Id Long id;
}
