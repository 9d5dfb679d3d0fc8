package rc;

import jakarta.persistence.*;
import java.util.List;

@Entity
public class Team {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
  String name;
  @ManyToMany(mappedBy = "teams") List<Member> members;
}
