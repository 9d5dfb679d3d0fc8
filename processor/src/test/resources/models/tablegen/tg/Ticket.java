package tg;

import jakarta.persistence.*;

@Entity
public class Ticket {
  @Id @GeneratedValue(strategy = GenerationType.TABLE) Long id;
}
