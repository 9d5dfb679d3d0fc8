package dev.retort.ops;

/** Thrown when the inverse of an operation whose effect Retort cannot know is asked for. */
public final class IrreversibleOperationException extends RuntimeException {

  private final transient Operation operation;

  public IrreversibleOperationException(Operation operation) {
    super("Retort cannot invert " + operation.getClass().getSimpleName()
        + ": write the downgrade of a data migration by hand");
    this.operation = operation;
  }

  /** The operation that has no inverse. */
  public Operation operation() {
    return operation;
  }
}
