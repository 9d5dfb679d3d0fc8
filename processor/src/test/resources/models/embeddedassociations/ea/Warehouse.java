package ea;

import jakarta.persistence.*;

@Entity
public class Warehouse {
  @Id Long id;
  @AssociationOverrides({
    @AssociationOverride(name = "address.country", joinColumns = @JoinColumn(name = "wh_country")),
    @AssociationOverride(name = "address.city", joinColumns = @JoinColumn(name = "wh_town"))
  })
  Site site;
}
