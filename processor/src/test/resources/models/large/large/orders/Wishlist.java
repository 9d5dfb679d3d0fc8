package large.orders;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

@Entity
public class Wishlist {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
  @ManyToOne(optional = false) Customer owner;
  String name;
  @ManyToMany Set<large.catalog.Product> products;
}
