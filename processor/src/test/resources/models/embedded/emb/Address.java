package emb;

import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
  String street;
  Zip zip;
}
