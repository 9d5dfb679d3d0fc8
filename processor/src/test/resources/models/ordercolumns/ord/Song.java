package ord;

import jakarta.persistence.*;

@Entity
public class Song {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  String title;
}
