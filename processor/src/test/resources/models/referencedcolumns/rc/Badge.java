package rc;

import jakarta.persistence.*;

/** A badge names its holder by nickname, another column outside the key, through a to-one join column. */
@Entity
public class Badge {
  @Id Long id;
  @ManyToOne @JoinColumn(name = "holder_nickname", referencedColumnName = "nickname") Member holder;
}
