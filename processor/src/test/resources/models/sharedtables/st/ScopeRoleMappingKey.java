package st;

import java.io.Serializable;

public class ScopeRoleMappingKey implements Serializable {
  Long scopeId;
  String roleId;
}
