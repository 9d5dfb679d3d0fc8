package oj;

import jakarta.persistence.*;

@Entity
public class Checkpoint {
  @Id Long id;
}
