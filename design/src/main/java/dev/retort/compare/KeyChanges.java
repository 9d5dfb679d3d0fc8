package dev.retort.compare;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Index;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Primary keys, unique constraints, checks and indexes between two versions of one table,
 * matched by name: a changed definition is a drop and an add.
 */
final class KeyChanges {

  private KeyChanges() {}

  /** What must go before columns change: indexes, checks, uniques, then the primary key. */
  static List<Operation> drops(Table before, Table after) {
    List<Operation> ops = new ArrayList<>();
    for (Index index : gone(before.indexes(), after.indexes(), Index::name)) {
      ops.add(new Operation.DropIndex(before.name(), index, false));
    }
    for (CheckConstraint check : gone(before.checks(), after.checks(), CheckConstraint::name)) {
      ops.add(new Operation.DropCheckConstraint(before.name(), check));
    }
    for (UniqueConstraint unique : gone(before.uniqueConstraints(), after.uniqueConstraints(), UniqueConstraint::name)) {
      ops.add(new Operation.DropUniqueConstraint(before.name(), unique));
    }
    if (before.primaryKey() != null && !Objects.equals(before.primaryKey(), after.primaryKey())) {
      ops.add(new Operation.DropPrimaryKey(before.name(), before.primaryKey()));
    }
    return ops;
  }

  /** What comes once the columns exist: the primary key, uniques, checks, then indexes. */
  static List<Operation> adds(Table before, Table after) {
    List<Operation> ops = new ArrayList<>();
    if (after.primaryKey() != null && !Objects.equals(before.primaryKey(), after.primaryKey())) {
      ops.add(new Operation.AddPrimaryKey(after.name(), after.primaryKey()));
    }
    for (UniqueConstraint unique : gone(after.uniqueConstraints(), before.uniqueConstraints(), UniqueConstraint::name)) {
      ops.add(new Operation.AddUniqueConstraint(after.name(), unique));
    }
    for (CheckConstraint check : gone(after.checks(), before.checks(), CheckConstraint::name)) {
      ops.add(new Operation.AddCheckConstraint(after.name(), check));
    }
    for (Index index : gone(after.indexes(), before.indexes(), Index::name)) {
      ops.add(new Operation.CreateIndex(after.name(), index, false));
    }
    return ops;
  }

  /** The items of {@code from} that {@code to} lacks, or has under the same name with another definition. */
  static <T> List<T> gone(List<T> from, List<T> to, Function<T, String> nameOf) {
    List<T> result = new ArrayList<>();
    for (T item : from) {
      boolean kept = to.stream().anyMatch(other -> nameOf.apply(other).equals(nameOf.apply(item)) && other.equals(item));
      if (!kept) {
        result.add(item);
      }
    }
    return result;
  }
}
