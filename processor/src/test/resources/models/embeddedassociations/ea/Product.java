package ea;

import jakarta.persistence.*;

@Entity
@AssociationOverride(name = "origin", joinColumns = @JoinColumn(name = "origin_country"))
public class Product extends Owned {
  @Id Long id;
}
