package st;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("DOG")
public class Dog extends Animal {
  @Column(nullable = false) String bark;
  int legs;
}
