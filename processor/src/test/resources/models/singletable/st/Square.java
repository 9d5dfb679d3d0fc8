package st;

import jakarta.persistence.*;

@Entity
public class Square extends Shape {
  @Column(nullable = false) Double side;
}
