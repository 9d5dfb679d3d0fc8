package ea;

import jakarta.persistence.*;

@Entity
public class Shop {
  @Id Long id;
  Address address;
  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "ship_street"))
  @AssociationOverride(name = "country", joinColumns = @JoinColumn(name = "ship_country"),
      foreignKey = @ForeignKey(name = "fk_shop_ship_country"))
  @AssociationOverride(name = "city", joinColumns = @JoinColumn(name = "ship_town"))
  Address shipping;
}
