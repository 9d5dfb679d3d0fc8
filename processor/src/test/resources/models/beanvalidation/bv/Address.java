package bv;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Its constraints reach the DDL only through an embedding attribute marked @Valid. */
@Embeddable
public class Address {
  @NotNull String street;
  @Size(max = 10) String zip;
  @Min(1) Integer floor;
}
