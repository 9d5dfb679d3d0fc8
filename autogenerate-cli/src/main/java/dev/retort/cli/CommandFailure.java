package dev.retort.cli;

/** A command that has printed its own findings and ends with a non-zero exit code, such as check finding differences. */
final class CommandFailure extends RuntimeException {

  private final int exitCode;

  CommandFailure(int exitCode) {
    super("exit " + exitCode, null, false, false);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
