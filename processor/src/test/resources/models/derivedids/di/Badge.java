package di;

import jakarta.persistence.*;

/** Derives its key from a one-to-one whose key class holds the parent entity itself. */
@Entity
@IdClass(BadgeKey.class)
public class Badge {
  @Id @OneToOne @JoinColumn(name = "holder") Parent holder;
  @Id @Column(length = 16) String code;
}
