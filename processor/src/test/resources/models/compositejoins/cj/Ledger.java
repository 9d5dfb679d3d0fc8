package cj;

import jakarta.persistence.*;

@Entity
public class Ledger {
  @EmbeddedId LedgerId id;
}
