package otm;

import jakarta.persistence.*;

@Entity
public class Line {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String text;
}
