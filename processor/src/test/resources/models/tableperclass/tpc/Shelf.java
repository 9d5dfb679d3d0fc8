package tpc;

import jakarta.persistence.*;

@Entity
public class Shelf {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne Book book;
}
