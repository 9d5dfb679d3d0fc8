package jn;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
public class Savings extends Account {
  BigDecimal rate;
}
