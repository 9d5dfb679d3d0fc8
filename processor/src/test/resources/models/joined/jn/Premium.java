package jn;

import jakarta.persistence.*;

@Entity
public class Premium extends Checking {
  @Column(nullable = false) String perk;
}
