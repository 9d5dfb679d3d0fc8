package ea;

import jakarta.persistence.*;

@Embeddable
public class Site {
  String label;
  @Embedded Address address;
  @OneToOne @JoinColumn(name = "flag") Country flag;
}
