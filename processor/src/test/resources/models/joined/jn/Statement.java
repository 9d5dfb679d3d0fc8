package jn;

import jakarta.persistence.*;

@Entity
public class Statement {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne Premium premium;
}
