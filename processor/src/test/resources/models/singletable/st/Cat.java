package st;

import jakarta.persistence.*;

@Entity
public class Cat extends Animal {
  public enum Mood { CALM, GRUMPY }
  Integer lives;
  @Enumerated(EnumType.STRING) Mood mood;
}
