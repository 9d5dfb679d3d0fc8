package large.identity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
@Table(schema = "identity")
public class TeamMembership {
  public enum Role { MEMBER, MAINTAINER, OWNER }
  @EmbeddedId TeamMembershipId id;
  @Enumerated Role role;
  LocalDate joinedOn;
}
