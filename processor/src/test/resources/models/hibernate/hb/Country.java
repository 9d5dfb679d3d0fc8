package hb;

import jakarta.persistence.*;
import org.hibernate.annotations.*;

@Entity
@Immutable
public class Country {
  @Id String code;
  @NaturalId(mutable = true) @Column(nullable = false) String iso3;
  @NaturalId(mutable = true) Integer numeric;
}
