package ea;

import jakarta.persistence.*;

@Entity
public class City {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
}
