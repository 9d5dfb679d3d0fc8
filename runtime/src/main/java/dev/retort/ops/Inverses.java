package dev.retort.ops;

import java.util.ArrayList;
import java.util.List;

/** Inverts whole operation lists: what a generated downgrade body does. */
public final class Inverses {

  private Inverses() {}

  /**
   * The operations that undo {@code operations}: each one's inverse, in reverse order.
   *
   * @throws IrreversibleOperationException when a step has no inverse
   */
  public static List<Operation> of(List<Operation> operations) {
    List<Operation> inverse = new ArrayList<>(operations.size());
    for (int i = operations.size() - 1; i >= 0; i--) {
      inverse.add(operations.get(i).inverse());
    }
    return inverse;
  }
}
