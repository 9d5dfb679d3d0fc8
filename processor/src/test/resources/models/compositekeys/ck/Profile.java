package ck;

import jakarta.persistence.*;

@Entity
public class Profile {
  @Id Long id;
  @MapsId @OneToOne Member member;
  String bio;
}
