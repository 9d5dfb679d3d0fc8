package dev.retort.autogenerate;

import dev.retort.model.Column;
import dev.retort.model.Identity;
import dev.retort.model.SchemaModel;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationFacts;
import dev.retort.render.java.Backfill;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a diff into the steps that are safe on a table with rows. A NOT NULL column without a
 * default, added to a table that already exists, becomes the three-phase change: add it nullable,
 * leave a marked backfill step for the developer, then set NOT NULL. An existing column made NOT
 * NULL gets the same backfill step before it is enforced, since its rows may hold NULL. (Failing
 * the build instead would leave the developer to write the same steps by hand.)
 */
final class SafeSteps {

  /** The rewritten operations, in order, and where the developer must backfill. */
  record Steps(List<Operation> operations, List<Backfill> backfills) {

    Steps {
      operations = List.copyOf(operations);
      backfills = List.copyOf(backfills);
    }
  }

  private SafeSteps() {}

  /** The rewritten operations of {@code operations}, a diff from {@code before}. */
  static Steps rewrite(List<Operation> operations, SchemaModel before) {
    List<Operation> safe = new ArrayList<>(operations.size());
    List<Backfill> backfills = new ArrayList<>();
    for (Operation operation : operations) {
      OperationFacts.Kind kind = OperationFacts.of(operation).kind();
      if (kind == OperationFacts.Kind.ADD_COLUMN && needsBackfill((Operation.AddColumn) operation, before)) {
        Operation.AddColumn add = (Operation.AddColumn) operation;
        Column column = add.column();
        Operation.AlterColumnNullability enforcement = new Operation.AlterColumnNullability(add.table(), column.name(), false);
        safe.add(new Operation.AddColumn(add.table(), column.nullable(true)));
        safe.add(enforcement);
        backfills.add(new Backfill(enforcement, Backfill.Cause.ADDED_COLUMN));
      } else {
        // The diff adds new columns with their nullability; a NOT NULL step of its own tightens a column that has rows.
        if (kind == OperationFacts.Kind.ALTER_COLUMN_NULLABILITY) {
          Operation.AlterColumnNullability tighten = (Operation.AlterColumnNullability) operation;
          if (!tighten.nullable()) {
            backfills.add(new Backfill(tighten, Backfill.Cause.TIGHTENED_COLUMN));
          }
        }
        safe.add(operation);
      }
    }
    return new Steps(safe, backfills);
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
