package st;

import jakarta.persistence.*;

@Entity
public class Truck extends Tracked {
  double payload;
}
