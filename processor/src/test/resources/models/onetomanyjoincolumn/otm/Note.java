package otm;

import jakarta.persistence.*;

@Entity
public class Note {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String text;
}
