package oj;

import jakarta.persistence.*;

@Entity
public class Stop {
  @Id Long id;
  String place;
}
