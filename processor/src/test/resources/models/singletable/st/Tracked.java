package st;

import jakarta.persistence.*;

@MappedSuperclass
public abstract class Tracked extends Vehicle {
  String trackType;
}
