package ea;

import jakarta.persistence.*;

@Entity
public class Country {
  @Id @Column(length = 2) String code;
  String name;
}
