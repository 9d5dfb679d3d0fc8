package st;

import jakarta.persistence.*;

/** The entity view of Scope's role id collection table. */
@Entity
@Table(name = "scope_role_mapping")
@IdClass(ScopeRoleMappingKey.class)
public class ScopeRoleMapping {
  @Id @Column(name = "scope_id") Long scopeId;
  @Id @Column(name = "role_id") String roleId;
}
