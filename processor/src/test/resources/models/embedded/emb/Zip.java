package emb;

import jakarta.persistence.Embeddable;

@Embeddable
public class Zip {
  String code;
  int plus4;
}
