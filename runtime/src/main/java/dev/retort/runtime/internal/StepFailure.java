package dev.retort.runtime.internal;

/** A statement or Java step of a migration failed; carries what was running and why. */
final class StepFailure extends Exception {

  private final String statement;

  StepFailure(String statement, Throwable cause) {
    super(cause.getMessage(), cause);
    this.statement = statement;
  }

  String statement() {
    return statement;
  }

  String serverMessage() {
    Throwable cause = getCause();
    return cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
  }
}
