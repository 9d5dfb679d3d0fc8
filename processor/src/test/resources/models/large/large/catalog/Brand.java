package large.catalog;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;
import org.hibernate.annotations.*;
import org.hibernate.type.SqlTypes;

@Entity
public class Brand {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @NaturalId @Column(length = 80) String code;
  String name;
  java.net.URL website;
}
