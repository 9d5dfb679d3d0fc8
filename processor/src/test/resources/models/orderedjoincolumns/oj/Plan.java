package oj;

import jakarta.persistence.*;
import java.util.List;

/** An embedded value whose ordered one-to-many keeps its position in the target's table. */
@Embeddable
public class Plan {
  @OneToMany @JoinColumn(name = "route_id") @OrderColumn(name = "stop_order") List<Stop> stops;
}
