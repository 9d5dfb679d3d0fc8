package dev.retort.autogenerate;

import dev.retort.model.Column;
import dev.retort.model.Identity;
import dev.retort.model.SchemaModel;
import dev.retort.ops.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a diff into the steps that are safe on a table with rows. A NOT NULL column without a
 * default, added to a table that already exists, becomes the three-phase change: add it nullable,
 * leave a marked backfill step for the developer, then set NOT NULL. (Failing the build instead
 * would leave the developer to write the same three steps by hand.)
 */
final class SafeSteps {

  private SafeSteps() {}

  /** The rewritten operations, in order. */
  static List<Operation> rewrite(List<Operation> operations, SchemaModel before) {
    List<Operation> safe = new ArrayList<>(operations.size());
    for (Operation operation : operations) {
      if (operation instanceof Operation.AddColumn add && needsBackfill(add, before)) {
        Column column = add.column();
        safe.add(new Operation.AddColumn(add.table(), column.nullable(true)));
        safe.add(new Operation.AlterColumnNullability(add.table(), column.name(), false));
      } else {
        safe.add(operation);
      }
    }
    return safe;
  }

  /** Whether adding this column as NOT NULL would fail on a table that has rows. */
  static boolean needsBackfill(Operation.AddColumn add, SchemaModel before) {
    Column column = add.column();
    return !column.nullable()
        && column.defaultValue() == null
        && column.identity() == Identity.NONE
        && before.table(add.table()).isPresent();
  }
}
