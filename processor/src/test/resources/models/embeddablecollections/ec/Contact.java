package ec;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

@Entity
public class Contact {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ElementCollection List<Phone> phones;
  @ElementCollection @CollectionTable(name = "contact_faxes", joinColumns = @JoinColumn(name = "contact")) Set<Phone> faxes;
  @ElementCollection
  @AttributeOverride(name = "number", column = @Column(name = "mobile_number", nullable = false))
  List<Phone> mobiles;
}
