package ck;

import jakarta.persistence.*;

@Entity
public class Member {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String name;
}
