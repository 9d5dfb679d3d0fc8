package st;

import jakarta.persistence.*;

@Entity
@DiscriminatorColumn(discriminatorType = DiscriminatorType.CHAR)
@DiscriminatorValue("G")
public class Grade {
  @Id Long id;
}
