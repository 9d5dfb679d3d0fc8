package st;

import jakarta.persistence.*;

@Entity
public class Kennel {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne Dog resident;
}
