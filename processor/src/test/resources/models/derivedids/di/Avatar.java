package di;

import jakarta.persistence.*;

/** Shares its parent's key through a @MapsId naming the id attribute. */
@Entity
public class Avatar {
  @Id Long id;
  @MapsId("id") @OneToOne @JoinColumn(name = "owner_id") Parent owner;
  byte[] image;
}
