package ck;

import jakarta.persistence.*;

@Entity
public class OrderLine {
  @EmbeddedId
  @AttributeOverride(name = "line", column = @Column(name = "line_no"))
  OrderLineId id;
  int quantity;
}
