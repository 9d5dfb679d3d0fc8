package ec;

import jakarta.persistence.*;

@Embeddable
public class Phone {
  @Column(length = 20) String number;
  String kind;
  int priority;
}
