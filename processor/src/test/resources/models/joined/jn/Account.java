package jn;

import jakarta.persistence.*;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Account {
  @Id @GeneratedValue Long id;
  @Column(nullable = false) String owner;
}
