package dev.retort.lint;

import dev.retort.model.QualifiedName;
import dev.retort.ops.Operation;

/** One step of a migration's upgrade as the lint sees it: an operation, or a call it could not read. */
public sealed interface Step {

  /** A step whose operation is known: generated, recorded by running the migration, or read from its source. */
  record Known(Operation operation) implements Step {}

  /**
   * A call of the operations API whose arguments could not be read from source: {@code call} is the method's
   * name, {@code table} its table when its first argument names one (else null), {@code createsTable} whether
   * the call creates that table.
   */
  record Unread(String call, QualifiedName table, boolean createsTable) implements Step {

    /** The call in the words of a finding. */
    public String words() {
      return "op." + call + "(..)" + (table == null ? "" : " on " + table);
    }
  }
}
