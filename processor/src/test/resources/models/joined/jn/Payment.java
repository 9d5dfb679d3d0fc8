package jn;

import jakarta.persistence.*;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "method")
public abstract class Payment {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
}
