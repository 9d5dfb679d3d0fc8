package dev.retort.autogenerate;

import dev.retort.model.QualifiedName;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationFacts;
import dev.retort.ops.OperationVisitor;
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
    return Optional.ofNullable(operation.accept(OnlineForm.INSTANCE));
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
    OperationFacts.Facts facts = OperationFacts.of(operation);
    return switch (facts.kind()) {
      case CREATE_INDEX, DROP_INDEX, ADD_UNIQUE_CONSTRAINT, DROP_UNIQUE_CONSTRAINT, ADD_FOREIGN_KEY, DROP_FOREIGN_KEY,
          ADD_CHECK_CONSTRAINT, DROP_CHECK_CONSTRAINT, ALTER_COLUMN_NULLABILITY -> Optional.of(facts.table());
      case CREATE_SCHEMA, DROP_SCHEMA, CREATE_TABLE, DROP_TABLE, RENAME_TABLE, SET_TABLE_COMMENT, ADD_COLUMN, DROP_COLUMN,
          RENAME_COLUMN, ALTER_COLUMN_TYPE, ALTER_COLUMN_DEFAULT, ALTER_COLUMN_IDENTITY, SET_COLUMN_COMMENT,
          ADD_PRIMARY_KEY, DROP_PRIMARY_KEY, CREATE_SEQUENCE, ALTER_SEQUENCE, DROP_SEQUENCE, CREATE_ENUM_TYPE,
          DROP_ENUM_TYPE, ADD_ENUM_VALUE, DROP_ENUM_VALUE, EXECUTE, RUN_JAVA -> Optional.empty();
    };
  }

  /** The online form of each operation, or null when it has none or is in it already. */
  private static final class OnlineForm implements OperationVisitor<Operation> {

    static final OnlineForm INSTANCE = new OnlineForm();

    @Override
    public Operation visit(Operation.CreateSchema op) {
      return null;
    }

    @Override
    public Operation visit(Operation.DropSchema op) {
      return null;
    }

    @Override
    public Operation visit(Operation.CreateTable op) {
      return null;
    }

    @Override
    public Operation visit(Operation.DropTable op) {
      return null;
    }

    @Override
    public Operation visit(Operation.RenameTable op) {
      return null;
    }

    @Override
    public Operation visit(Operation.SetTableComment op) {
      return null;
    }

    @Override
    public Operation visit(Operation.AddColumn op) {
      return null;
    }

    @Override
    public Operation visit(Operation.DropColumn op) {
      return null;
    }

    @Override
    public Operation visit(Operation.RenameColumn op) {
      return null;
    }

    @Override
    public Operation visit(Operation.AlterColumnType op) {
      return null;
    }

    @Override
    public Operation visit(Operation.AlterColumnNullability op) {
      return op.nullable() || op.online() ? null : new Operation.AlterColumnNullability(op.table(), op.column(), false, true);
    }

    @Override
    public Operation visit(Operation.AlterColumnDefault op) {
      return null;
    }

    @Override
    public Operation visit(Operation.AlterColumnIdentity op) {
      return null;
    }

    @Override
    public Operation visit(Operation.SetColumnComment op) {
      return null;
    }

    @Override
    public Operation visit(Operation.AddPrimaryKey op) {
      return null;
    }

    @Override
    public Operation visit(Operation.DropPrimaryKey op) {
      return null;
    }

    @Override
    public Operation visit(Operation.AddUniqueConstraint op) {
      return op.online() ? null : new Operation.AddUniqueConstraint(op.table(), op.constraint(), true);
    }

    @Override
    public Operation visit(Operation.DropUniqueConstraint op) {
      return null;
    }

    @Override
    public Operation visit(Operation.AddForeignKey op) {
      return op.online() ? null : new Operation.AddForeignKey(op.table(), op.foreignKey(), true);
    }

    @Override
    public Operation visit(Operation.DropForeignKey op) {
      return null;
    }

    @Override
    public Operation visit(Operation.AddCheckConstraint op) {
      return op.online() ? null : new Operation.AddCheckConstraint(op.table(), op.check(), true);
    }

    @Override
    public Operation visit(Operation.DropCheckConstraint op) {
      return null;
    }

    @Override
    public Operation visit(Operation.CreateIndex op) {
      return op.concurrently() ? null : new Operation.CreateIndex(op.table(), op.index(), true);
    }

    @Override
    public Operation visit(Operation.DropIndex op) {
      return op.concurrently() ? null : new Operation.DropIndex(op.table(), op.index(), true);
    }

    @Override
    public Operation visit(Operation.CreateSequence op) {
      return null;
    }

    @Override
    public Operation visit(Operation.AlterSequence op) {
      return null;
    }

    @Override
    public Operation visit(Operation.DropSequence op) {
      return null;
    }

    @Override
    public Operation visit(Operation.CreateEnumType op) {
      return null;
    }

    @Override
    public Operation visit(Operation.DropEnumType op) {
      return null;
    }

    @Override
    public Operation visit(Operation.AddEnumValue op) {
      return null;
    }

    @Override
    public Operation visit(Operation.DropEnumValue op) {
      return null;
    }

    @Override
    public Operation visit(Operation.Execute op) {
      return null;
    }

    @Override
    public Operation visit(Operation.RunJava op) {
      return null;
    }
  }
}
