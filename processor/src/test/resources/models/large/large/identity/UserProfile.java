package large.identity;

import jakarta.persistence.*;

/** Shares its key with the account it extends, through @MapsId. */
@Entity
@Table(schema = "identity")
public class UserProfile {
  @Id Long id;
  @MapsId @OneToOne UserAccount account;
  @Column(length = 2000) String bio;
  @Column(length = 500) String avatarUrl;
}
