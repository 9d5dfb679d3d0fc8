package st;

import jakarta.persistence.*;

@Entity
@DiscriminatorColumn(name = "shape_type", discriminatorType = DiscriminatorType.INTEGER)
@DiscriminatorValue("0")
public class Shape {
  @Id Long id;
}
