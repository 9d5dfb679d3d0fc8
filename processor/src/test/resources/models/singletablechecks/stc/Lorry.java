package stc;

import jakarta.persistence.*;

/** Required attributes declared out of alphabetical order: Hibernate's check lists them by attribute name. */
@Entity
public class Lorry extends Vehicle {
  int wheels;
  @ManyToOne(optional = false) Depot depot;
  boolean active;
  @Basic(optional = false) String plate;
}
