package di;

import java.io.Serializable;

public class BadgeKey implements Serializable {
  Parent holder;
  String code;
}
