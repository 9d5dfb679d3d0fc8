package dev.retort.cli;

import dev.retort.message.RetortException;

/**
 * A failure with the CLI's own diagnosis after it: the runtime's message (and its code and exit
 * code) unchanged, then what the command knows about the cause, such as where its settings came from.
 */
final class DiagnosedFailure extends RuntimeException {

  private final RetortException failure;
  private final String diagnosis;

  DiagnosedFailure(RetortException failure, String diagnosis) {
    super(failure.getMessage(), failure);
    this.failure = failure;
    this.diagnosis = diagnosis;
  }

  /** The failure as the runtime reported it. */
  RetortException failure() {
    return failure;
  }

  /** The diagnosis, a catalog message. */
  String diagnosis() {
    return diagnosis;
  }
}
