package di;

import jakarta.persistence.*;

/** Joins its parent by primary key and requires it. */
@Entity
public class Visa {
  @Id Long id;
  @OneToOne(optional = false) @PrimaryKeyJoinColumn Parent holder;
}
