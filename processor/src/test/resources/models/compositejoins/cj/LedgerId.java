package cj;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class LedgerId implements Serializable {
  Long book;
  int page;
}
