package tpc;

import jakarta.persistence.*;

@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Document {
  @Id @GeneratedValue Long id;
  @Column(nullable = false) String title;
  @Column(unique = true) String code;
}
