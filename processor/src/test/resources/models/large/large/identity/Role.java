package large.identity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;
import org.hibernate.annotations.*;
import jakarta.persistence.Table;
import org.hibernate.type.SqlTypes;

@Entity
@Table(schema = "identity")
public class Role {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
  @Column(nullable = false, unique = true, length = 60) String name;
  @Comment("What holders of the role may do") String description;
  @ManyToMany @JoinTable(name = "role_permissions", schema = "identity") Set<Permission> permissions;
}
