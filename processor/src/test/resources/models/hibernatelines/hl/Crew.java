package hl;

import jakarta.persistence.*;

@Entity
public class Crew {
  @Id Long id;
}
