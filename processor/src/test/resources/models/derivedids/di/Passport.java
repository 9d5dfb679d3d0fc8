package di;

import jakarta.persistence.*;

/** Joins its parent by primary key: no join column of its own. */
@Entity
public class Passport {
  @Id Long id;
  @OneToOne @PrimaryKeyJoinColumn Parent holder;
  String number;
}
