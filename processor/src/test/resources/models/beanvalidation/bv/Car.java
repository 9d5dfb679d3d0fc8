package bv;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A SINGLE_TABLE subclass: Hibernate keeps its constrained column nullable but still sizes and checks it. */
@Entity
public class Car extends Vehicle {
  @NotNull @Size(max = 12) String plate;
  @Max(9) Integer doors;
  @NotNull @ManyToOne Member driver;
}
