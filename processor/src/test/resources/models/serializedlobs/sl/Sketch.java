package sl;

import java.io.Serializable;

/** A plain serializable value, neither entity nor embeddable. */
public class Sketch implements Serializable {
  String strokes;
}
