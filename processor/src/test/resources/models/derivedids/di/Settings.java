package di;

import jakarta.persistence.*;

/** Shares its parent's key through a many-to-one @MapsId. */
@Entity
public class Settings {
  @Id Long id;
  @MapsId @ManyToOne Parent parent;
  String theme;
}
