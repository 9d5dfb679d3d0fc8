package dev.retort.ops;

import dev.retort.model.IndexColumn;
import dev.retort.model.QualifiedName;
import java.util.List;

/**
 * What code outside the SQL renderer needs to know of an operation, stated for every operation in
 * one place: a new operation does not compile until it says what it touches, whether it builds or
 * drops an index concurrently, and whether it is a Java step.
 */
public final class OperationFacts implements OperationVisitor<OperationFacts.Facts> {

  /**
   * The facts of one operation.
   *
   * @param table the table it changes, or null (schemas, sequences, enum types, data steps)
   * @param column the column of {@code table} it changes, or null when it changes the table as a whole
   * @param concurrentIndex the index it builds or drops concurrently (qualified by the table's schema), or null
   * @param buildsIndex whether {@code concurrentIndex} is built (rather than dropped)
   * @param javaStep whether it is Java code the runtime runs ({@link Operation.RunJava}), which has no SQL
   * @param rowCheck what the rows {@code table} already holds must satisfy for the step to succeed (a key or
   *     unique constraint or index it adds), or null
   */
  public record Facts(QualifiedName table, String column, QualifiedName concurrentIndex, boolean buildsIndex,
      boolean javaStep, RowCheck rowCheck) {

    /** Facts of a step that asks nothing of existing rows. */
    public Facts(QualifiedName table, String column, QualifiedName concurrentIndex, boolean buildsIndex, boolean javaStep) {
      this(table, column, concurrentIndex, buildsIndex, javaStep, null);
    }

    /** Whether the operation takes no lock inside a transaction because it builds or drops an index concurrently. */
    public boolean concurrently() {
      return concurrentIndex != null;
    }
  }

  /**
   * A condition on the rows a table already holds that a step adding a key, unique constraint or unique
   * index checks, and fails on: no two rows alike in {@code columns} (rows with a NULL there are never alike),
   * and for a primary key no NULL there either.
   *
   * @param constraint the constraint or index the step adds
   * @param where the predicate of a partial unique index, which checks only the rows it selects, or null
   */
  public record RowCheck(String constraint, List<String> columns, boolean notNull, String where) {
    public RowCheck {
      columns = List.copyOf(columns);
    }
  }

  private static final OperationFacts INSTANCE = new OperationFacts();
  private static final Facts NOTHING_IN_A_TABLE = new Facts(null, null, null, false, false);

  private OperationFacts() {}

  /** The facts of {@code operation}. */
  public static Facts of(Operation operation) {
    return operation.accept(INSTANCE);
  }

  private static Facts table(QualifiedName table) {
    return new Facts(table, null, null, false, false);
  }

  private static Facts column(QualifiedName table, String column) {
    return new Facts(table, column, null, false, false);
  }

  private static Facts index(QualifiedName table, String index, boolean concurrently, boolean builds) {
    QualifiedName name = concurrently ? QualifiedName.of(table.schema(), index) : null;
    return new Facts(table, null, name, builds && concurrently, false);
  }

  @Override
  public Facts visit(Operation.CreateSchema op) {
    return NOTHING_IN_A_TABLE;
  }

  @Override
  public Facts visit(Operation.DropSchema op) {
    return NOTHING_IN_A_TABLE;
  }

  @Override
  public Facts visit(Operation.CreateTable op) {
    return table(op.table().name());
  }

  @Override
  public Facts visit(Operation.DropTable op) {
    return table(op.table().name());
  }

  @Override
  public Facts visit(Operation.RenameTable op) {
    return table(op.from());
  }

  @Override
  public Facts visit(Operation.SetTableComment op) {
    return table(op.table());
  }

  @Override
  public Facts visit(Operation.AddColumn op) {
    return column(op.table(), op.column().name());
  }

  @Override
  public Facts visit(Operation.DropColumn op) {
    return column(op.table(), op.column().name());
  }

  @Override
  public Facts visit(Operation.RenameColumn op) {
    return column(op.table(), op.to());
  }

  @Override
  public Facts visit(Operation.AlterColumnType op) {
    return column(op.table(), op.column());
  }

  @Override
  public Facts visit(Operation.AlterColumnNullability op) {
    return column(op.table(), op.column());
  }

  @Override
  public Facts visit(Operation.AlterColumnDefault op) {
    return column(op.table(), op.column());
  }

  @Override
  public Facts visit(Operation.AlterColumnIdentity op) {
    return column(op.table(), op.column());
  }

  @Override
  public Facts visit(Operation.SetColumnComment op) {
    return column(op.table(), op.column());
  }

  @Override
  public Facts visit(Operation.AddPrimaryKey op) {
    return new Facts(op.table(), null, null, false, false,
        new RowCheck(op.primaryKey().name(), op.primaryKey().columns(), true, null));
  }

  @Override
  public Facts visit(Operation.DropPrimaryKey op) {
    return table(op.table());
  }

  @Override
  public Facts visit(Operation.AddUniqueConstraint op) {
    // The online form builds its unique index concurrently first, which fails on the same rows.
    return new Facts(op.table(), null, null, false, false,
        new RowCheck(op.constraint().name(), op.constraint().columns(), false, null));
  }

  @Override
  public Facts visit(Operation.DropUniqueConstraint op) {
    return table(op.table());
  }

  @Override
  public Facts visit(Operation.AddForeignKey op) {
    return table(op.table());
  }

  @Override
  public Facts visit(Operation.DropForeignKey op) {
    return table(op.table());
  }

  @Override
  public Facts visit(Operation.AddCheckConstraint op) {
    return table(op.table());
  }

  @Override
  public Facts visit(Operation.DropCheckConstraint op) {
    return table(op.table());
  }

  @Override
  public Facts visit(Operation.CreateIndex op) {
    Facts facts = index(op.table(), op.index().name(), op.concurrently(), true);
    if (!op.index().unique()) {
      return facts;
    }
    List<String> columns = op.index().columns().stream().map(IndexColumn::column).toList();
    return new Facts(facts.table(), null, facts.concurrentIndex(), facts.buildsIndex(), false,
        new RowCheck(op.index().name(), columns, false, op.index().where()));
  }

  @Override
  public Facts visit(Operation.DropIndex op) {
    return index(op.table(), op.index().name(), op.concurrently(), false);
  }

  @Override
  public Facts visit(Operation.CreateSequence op) {
    return NOTHING_IN_A_TABLE;
  }

  @Override
  public Facts visit(Operation.AlterSequence op) {
    return NOTHING_IN_A_TABLE;
  }

  @Override
  public Facts visit(Operation.DropSequence op) {
    return NOTHING_IN_A_TABLE;
  }

  @Override
  public Facts visit(Operation.CreateEnumType op) {
    return NOTHING_IN_A_TABLE;
  }

  @Override
  public Facts visit(Operation.DropEnumType op) {
    return NOTHING_IN_A_TABLE;
  }

  @Override
  public Facts visit(Operation.AddEnumValue op) {
    return NOTHING_IN_A_TABLE;
  }

  @Override
  public Facts visit(Operation.DropEnumValue op) {
    return NOTHING_IN_A_TABLE;
  }

  @Override
  public Facts visit(Operation.Execute op) {
    return NOTHING_IN_A_TABLE;
  }

  @Override
  public Facts visit(Operation.RunJava op) {
    return new Facts(null, null, null, false, true);
  }
}
