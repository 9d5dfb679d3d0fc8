package dev.retort.autogenerate;

import dev.retort.model.QualifiedName;
import dev.retort.ops.Operation;
import java.util.Optional;

/**
 * The form of an operation that does not block a busy table's writers for the length of a scan,
 * for the operations that have one: an index built {@code CONCURRENTLY} (and dropped so, whose
 * inverse then builds it so), a unique constraint on an index built concurrently, a foreign key or
 * check added {@code NOT VALID} and validated apart, and {@code SET NOT NULL} proven by a validated
 * check first.
 */
public final class OnlineForms {

  private OnlineForms() {}

  /** {@code operation} in its online form, or empty when it has none (or is in it already). */
  public static Optional<Operation> of(Operation operation) {
    if (operation instanceof Operation.CreateIndex create && !create.concurrently()) {
      return Optional.of(new Operation.CreateIndex(create.table(), create.index(), true));
    }
    if (operation instanceof Operation.DropIndex drop && !drop.concurrently()) {
      return Optional.of(new Operation.DropIndex(drop.table(), drop.index(), true));
    }
    if (operation instanceof Operation.AddUniqueConstraint add && !add.online()) {
      return Optional.of(new Operation.AddUniqueConstraint(add.table(), add.constraint(), true));
    }
    if (operation instanceof Operation.AddForeignKey add && !add.online()) {
      return Optional.of(new Operation.AddForeignKey(add.table(), add.foreignKey(), true));
    }
    if (operation instanceof Operation.AddCheckConstraint add && !add.online()) {
      return Optional.of(new Operation.AddCheckConstraint(add.table(), add.check(), true));
    }
    if (operation instanceof Operation.AlterColumnNullability set && !set.nullable() && !set.online()) {
      return Optional.of(new Operation.AlterColumnNullability(set.table(), set.column(), false, true));
    }
    return Optional.empty();
  }

  /**
   * Whether {@code operation} or its inverse has an online form: a step a plan runs outside a
   * transaction, so that its downgrade can take the online form too.
   */
  public static boolean applies(Operation operation) {
    return of(operation).isPresent() || operation.reversible() && of(operation.inverse()).isPresent();
  }

  /** The table an operation with an online form changes; empty for any other operation. */
  public static Optional<QualifiedName> table(Operation operation) {
    if (operation instanceof Operation.CreateIndex create) {
      return Optional.of(create.table());
    }
    if (operation instanceof Operation.DropIndex drop) {
      return Optional.of(drop.table());
    }
    if (operation instanceof Operation.AddUniqueConstraint add) {
      return Optional.of(add.table());
    }
    if (operation instanceof Operation.DropUniqueConstraint drop) {
      return Optional.of(drop.table());
    }
    if (operation instanceof Operation.AddForeignKey add) {
      return Optional.of(add.table());
    }
    if (operation instanceof Operation.DropForeignKey drop) {
      return Optional.of(drop.table());
    }
    if (operation instanceof Operation.AddCheckConstraint add) {
      return Optional.of(add.table());
    }
    if (operation instanceof Operation.DropCheckConstraint drop) {
      return Optional.of(drop.table());
    }
    if (operation instanceof Operation.AlterColumnNullability change) {
      return Optional.of(change.table());
    }
    return Optional.empty();
  }
}
