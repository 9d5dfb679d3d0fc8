package large.identity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Embeddable
public class TeamMembershipId implements java.io.Serializable {
  Long teamId;
  Long userId;
}
