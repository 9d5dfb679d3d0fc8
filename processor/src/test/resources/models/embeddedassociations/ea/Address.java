package ea;

import jakarta.persistence.*;

@Embeddable
public class Address {
  String street;
  @ManyToOne Country country;
  @ManyToOne(optional = false) @JoinColumn(name = "town") City city;
}
