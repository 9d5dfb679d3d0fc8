package di;

import java.io.Serializable;

public class ChildKey implements Serializable {
  Long parent;
  int position;
}
