package tg;

import jakarta.persistence.*;

@Entity
public class Seat {
  @Id @GeneratedValue(strategy = GenerationType.TABLE) Long id;
  String label;
}
