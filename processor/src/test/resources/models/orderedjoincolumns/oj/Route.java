package oj;

import jakarta.persistence.*;
import java.util.List;

@Entity
public class Route {
  @Id Long id;
  @Embedded Plan plan;
  @OneToMany @JoinColumn(name = "route_id", nullable = false) @OrderColumn List<Checkpoint> checkpoints;
}
