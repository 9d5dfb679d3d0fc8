package keys;

import jakarta.persistence.*;

@Entity
@Access(AccessType.PROPERTY)
public class Country {
  private String code;
  private String displayName;

  @Id @Column(length = 2)
  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public String getDisplayName() { return displayName; }
  public void setDisplayName(String displayName) { this.displayName = displayName; }
  @Transient public String getShout() { return displayName.toUpperCase(); }
}
