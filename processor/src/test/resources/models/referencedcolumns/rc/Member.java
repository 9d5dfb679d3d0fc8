package rc;

import jakarta.persistence.*;
import java.util.List;
import java.util.Set;

/** A member's groups and aliases are joined by its e-mail, a column that is not its key and not declared unique. */
@Entity
public class Member {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
  String email;
  String nickname;
  @ManyToMany
  @JoinTable(name = "member_groups",
      joinColumns = @JoinColumn(name = "member_email", referencedColumnName = "email"),
      inverseJoinColumns = @JoinColumn(name = "group_id", referencedColumnName = "id"))
  List<Team> teams;
  @ElementCollection
  @CollectionTable(name = "member_aliases", joinColumns = @JoinColumn(name = "member_email", referencedColumnName = "email"))
  Set<String> aliases;
}
