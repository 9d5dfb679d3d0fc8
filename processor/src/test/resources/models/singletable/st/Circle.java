package st;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("1")
public class Circle extends Shape {
  double radius;
}
