package cj;

import java.io.Serializable;

public class AccountId implements Serializable {
  String region;
  Long number;
}
