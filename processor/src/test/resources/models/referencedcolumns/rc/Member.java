package rc;

import jakarta.persistence.*;
import java.util.List;

/** A member's groups are joined by its e-mail, a column that is not its key and not declared unique. */
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
}
