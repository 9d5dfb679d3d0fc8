package st;

import jakarta.persistence.*;
import java.util.Set;

/** Maps its role ids as an element collection in the table that ScopeRoleMapping also maps as an entity. */
@Entity
public class Scope {
  @Id Long id;
  String name;
  @ElementCollection
  @CollectionTable(name = "scope_role_mapping", joinColumns = @JoinColumn(name = "scope_id"))
  @Column(name = "role_id")
  Set<String> roleIds;
}
