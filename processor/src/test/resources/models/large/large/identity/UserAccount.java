package large.identity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;
import org.hibernate.annotations.*;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "user_account", schema = "identity", indexes = @Index(columnList = "display_name"))
public class UserAccount extends large.common.AuditedEntity {
  public enum Status { INVITED, ACTIVE, SUSPENDED, DELETED }
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @NaturalId @Column(nullable = false, length = 320) large.common.EmailAddress email;
  @Column(name = "display_name", length = 120) String displayName;
  @Enumerated(EnumType.STRING) @Column(length = 20, nullable = false) Status status;
  @Embedded large.common.Address homeAddress;
  @ManyToOne(fetch = FetchType.LAZY) Organization organization;
  @ManyToMany @JoinTable(name = "user_roles", schema = "identity") Set<Role> roles;
  @ElementCollection @CollectionTable(name = "user_phone_numbers", schema = "identity") @Column(length = 30) List<String> phoneNumbers;
  @ColumnDefault("'en'") @Column(length = 5) String locale;
  boolean emailVerified;
}
