package dev.retort.ops;

import dev.retort.model.IndexColumn;
import dev.retort.model.QualifiedName;
import java.util.List;

/**
 * What code outside the SQL renderer needs to know of an operation, stated for every operation in
 * one place: its {@link Kind}, what it touches, whether it builds or drops an index concurrently,
 * and whether it rewrites its table. A new operation does not compile until it says so here, and a
 * new {@link Kind} breaks every switch over kinds that does not decide about it.
 */
public final class OperationFacts implements OperationVisitor<OperationFacts.Facts> {

  /**
   * One constant per operation record, named after it. Code that decides something about several
   * kinds of operations switches over this without a {@code default}, so that javac rejects the
   * switch until it decides about a new kind too.
   */
  public enum Kind {
    /** {@link Operation.CreateSchema}. */
    CREATE_SCHEMA,
    /** {@link Operation.DropSchema}. */
    DROP_SCHEMA,
    /** {@link Operation.CreateTable}. */
    CREATE_TABLE,
    /** {@link Operation.DropTable}. */
    DROP_TABLE,
    /** {@link Operation.RenameTable}. */
    RENAME_TABLE,
    /** {@link Operation.SetTableComment}. */
    SET_TABLE_COMMENT,
    /** {@link Operation.AddColumn}. */
    ADD_COLUMN,
    /** {@link Operation.DropColumn}. */
    DROP_COLUMN,
    /** {@link Operation.RenameColumn}. */
    RENAME_COLUMN,
    /** {@link Operation.AlterColumnType}. */
    ALTER_COLUMN_TYPE,
    /** {@link Operation.AlterColumnNullability}. */
    ALTER_COLUMN_NULLABILITY,
    /** {@link Operation.AlterColumnDefault}. */
    ALTER_COLUMN_DEFAULT,
    /** {@link Operation.AlterColumnIdentity}. */
    ALTER_COLUMN_IDENTITY,
    /** {@link Operation.SetColumnComment}. */
    SET_COLUMN_COMMENT,
    /** {@link Operation.AddPrimaryKey}. */
    ADD_PRIMARY_KEY,
    /** {@link Operation.DropPrimaryKey}. */
    DROP_PRIMARY_KEY,
    /** {@link Operation.AddUniqueConstraint}. */
    ADD_UNIQUE_CONSTRAINT,
    /** {@link Operation.DropUniqueConstraint}. */
    DROP_UNIQUE_CONSTRAINT,
    /** {@link Operation.AddForeignKey}. */
    ADD_FOREIGN_KEY,
    /** {@link Operation.DropForeignKey}. */
    DROP_FOREIGN_KEY,
    /** {@link Operation.AddCheckConstraint}. */
    ADD_CHECK_CONSTRAINT,
    /** {@link Operation.DropCheckConstraint}. */
    DROP_CHECK_CONSTRAINT,
    /** {@link Operation.CreateIndex}. */
    CREATE_INDEX,
    /** {@link Operation.DropIndex}. */
    DROP_INDEX,
    /** {@link Operation.CreateSequence}. */
    CREATE_SEQUENCE,
    /** {@link Operation.AlterSequence}. */
    ALTER_SEQUENCE,
    /** {@link Operation.DropSequence}. */
    DROP_SEQUENCE,
    /** {@link Operation.CreateEnumType}. */
    CREATE_ENUM_TYPE,
    /** {@link Operation.DropEnumType}. */
    DROP_ENUM_TYPE,
    /** {@link Operation.AddEnumValue}. */
    ADD_ENUM_VALUE,
    /** {@link Operation.DropEnumValue}. */
    DROP_ENUM_VALUE,
    /** {@link Operation.Execute}. */
    EXECUTE,
    /** {@link Operation.RunJava}. */
    RUN_JAVA
  }

  /**
   * The facts of one operation.
   *
   * @param kind which operation it is
   * @param table the table it changes, or null (schemas, sequences, enum types, data steps)
   * @param column the column of {@code table} it changes, or null when it changes the table as a whole
   * @param concurrentIndex the index it builds or drops {@code CONCURRENTLY} (qualified by the table's schema), or
   *     null; for an online unique constraint, the unique index it is then added on, which bears its name
   * @param buildsIndex whether {@code concurrentIndex} is built (rather than dropped)
   * @param indexOnly whether building or dropping {@code concurrentIndex} is all it does (an online unique
   *     constraint then takes its table's lock to add the constraint on the index)
   * @param rewritesTable whether PostgreSQL rewrites or scans its table under an exclusive lock to apply it
   *     ({@link TypeRewrites})
   * @param rowCheck what the rows {@code table} already holds must satisfy for the step to succeed (a key or
   *     unique constraint or index it adds), or null
   */
  public record Facts(Kind kind, QualifiedName table, String column, QualifiedName concurrentIndex,
      boolean buildsIndex, boolean indexOnly, boolean rewritesTable, RowCheck rowCheck) {

    /** Facts of a step that asks nothing of existing rows. */
    public Facts(Kind kind, QualifiedName table, String column, QualifiedName concurrentIndex,
        boolean buildsIndex, boolean indexOnly, boolean rewritesTable) {
      this(kind, table, column, concurrentIndex, buildsIndex, indexOnly, rewritesTable, null);
    }

    /** Whether it builds or drops an index {@code CONCURRENTLY}, which PostgreSQL refuses inside a transaction. */
    public boolean concurrently() {
      return concurrentIndex != null;
    }

    /**
     * Whether all it does is build or drop an index concurrently, which waits for older transactions
     * without making the application's queries queue behind it.
     */
    public boolean onlyConcurrentIndex() {
      return concurrentIndex != null && indexOnly;
    }

    /** Whether it is Java code the runtime runs ({@link Operation.RunJava}), which has no SQL. */
    public boolean javaStep() {
      return kind == Kind.RUN_JAVA;
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

  private OperationFacts() {}

  /** The facts of {@code operation}. */
  public static Facts of(Operation operation) {
    return operation.accept(INSTANCE);
  }

  private static Facts withRowCheck(Facts facts, RowCheck check) {
    return new Facts(facts.kind(), facts.table(), facts.column(), facts.concurrentIndex(), facts.buildsIndex(),
        facts.indexOnly(), facts.rewritesTable(), check);
  }

  private static Facts outsideTables(Kind kind) {
    return new Facts(kind, null, null, null, false, false, false);
  }

  private static Facts table(Kind kind, QualifiedName table) {
    return new Facts(kind, table, null, null, false, false, false);
  }

  private static Facts column(Kind kind, QualifiedName table, String column) {
    return new Facts(kind, table, column, null, false, false, false);
  }

  private static Facts index(Kind kind, QualifiedName table, String index, boolean concurrently, boolean builds) {
    QualifiedName name = concurrently ? QualifiedName.of(table.schema(), index) : null;
    return new Facts(kind, table, null, name, builds && concurrently, true, false);
  }

  @Override
  public Facts visit(Operation.CreateSchema op) {
    return outsideTables(Kind.CREATE_SCHEMA);
  }

  @Override
  public Facts visit(Operation.DropSchema op) {
    return outsideTables(Kind.DROP_SCHEMA);
  }

  @Override
  public Facts visit(Operation.CreateTable op) {
    return table(Kind.CREATE_TABLE, op.table().name());
  }

  @Override
  public Facts visit(Operation.DropTable op) {
    return table(Kind.DROP_TABLE, op.table().name());
  }

  @Override
  public Facts visit(Operation.RenameTable op) {
    return table(Kind.RENAME_TABLE, op.from());
  }

  @Override
  public Facts visit(Operation.SetTableComment op) {
    return table(Kind.SET_TABLE_COMMENT, op.table());
  }

  @Override
  public Facts visit(Operation.AddColumn op) {
    return column(Kind.ADD_COLUMN, op.table(), op.column().name());
  }

  @Override
  public Facts visit(Operation.DropColumn op) {
    return column(Kind.DROP_COLUMN, op.table(), op.column().name());
  }

  @Override
  public Facts visit(Operation.RenameColumn op) {
    return column(Kind.RENAME_COLUMN, op.table(), op.to());
  }

  @Override
  public Facts visit(Operation.AlterColumnType op) {
    return new Facts(Kind.ALTER_COLUMN_TYPE, op.table(), op.column(), null, false, false, TypeRewrites.rewrites(op));
  }

  @Override
  public Facts visit(Operation.AlterColumnNullability op) {
    return column(Kind.ALTER_COLUMN_NULLABILITY, op.table(), op.column());
  }

  @Override
  public Facts visit(Operation.AlterColumnDefault op) {
    return column(Kind.ALTER_COLUMN_DEFAULT, op.table(), op.column());
  }

  @Override
  public Facts visit(Operation.AlterColumnIdentity op) {
    return column(Kind.ALTER_COLUMN_IDENTITY, op.table(), op.column());
  }

  @Override
  public Facts visit(Operation.SetColumnComment op) {
    return column(Kind.SET_COLUMN_COMMENT, op.table(), op.column());
  }

  @Override
  public Facts visit(Operation.AddPrimaryKey op) {
    Facts facts = table(Kind.ADD_PRIMARY_KEY, op.table());
    return withRowCheck(facts, new RowCheck(op.primaryKey().name(), op.primaryKey().columns(), true, null));
  }

  @Override
  public Facts visit(Operation.DropPrimaryKey op) {
    return table(Kind.DROP_PRIMARY_KEY, op.table());
  }

  @Override
  public Facts visit(Operation.AddUniqueConstraint op) {
    // Online or not, the unique index it adds is built over the rows there are, and fails on duplicates.
    RowCheck check = new RowCheck(op.constraint().name(), op.constraint().columns(), false, null);
    if (!op.online()) {
      return withRowCheck(table(Kind.ADD_UNIQUE_CONSTRAINT, op.table()), check);
    }
    // Its index, built concurrently, bears the constraint's name until ADD CONSTRAINT takes it over.
    QualifiedName index = QualifiedName.of(op.table().schema(), op.constraint().name());
    return new Facts(Kind.ADD_UNIQUE_CONSTRAINT, op.table(), null, index, true, false, false, check);
  }

  @Override
  public Facts visit(Operation.DropUniqueConstraint op) {
    return table(Kind.DROP_UNIQUE_CONSTRAINT, op.table());
  }

  @Override
  public Facts visit(Operation.AddForeignKey op) {
    return table(Kind.ADD_FOREIGN_KEY, op.table());
  }

  @Override
  public Facts visit(Operation.DropForeignKey op) {
    return table(Kind.DROP_FOREIGN_KEY, op.table());
  }

  @Override
  public Facts visit(Operation.AddCheckConstraint op) {
    return table(Kind.ADD_CHECK_CONSTRAINT, op.table());
  }

  @Override
  public Facts visit(Operation.DropCheckConstraint op) {
    return table(Kind.DROP_CHECK_CONSTRAINT, op.table());
  }

  @Override
  public Facts visit(Operation.CreateIndex op) {
    Facts facts = index(Kind.CREATE_INDEX, op.table(), op.index().name(), op.concurrently(), true);
    if (!op.index().unique()) {
      return facts;
    }
    List<String> columns = op.index().columns().stream().map(IndexColumn::column).toList();
    return withRowCheck(facts, new RowCheck(op.index().name(), columns, false, op.index().where()));
  }

  @Override
  public Facts visit(Operation.DropIndex op) {
    return index(Kind.DROP_INDEX, op.table(), op.index().name(), op.concurrently(), false);
  }

  @Override
  public Facts visit(Operation.CreateSequence op) {
    return outsideTables(Kind.CREATE_SEQUENCE);
  }

  @Override
  public Facts visit(Operation.AlterSequence op) {
    return outsideTables(Kind.ALTER_SEQUENCE);
  }

  @Override
  public Facts visit(Operation.DropSequence op) {
    return outsideTables(Kind.DROP_SEQUENCE);
  }

  @Override
  public Facts visit(Operation.CreateEnumType op) {
    return outsideTables(Kind.CREATE_ENUM_TYPE);
  }

  @Override
  public Facts visit(Operation.DropEnumType op) {
    return outsideTables(Kind.DROP_ENUM_TYPE);
  }

  @Override
  public Facts visit(Operation.AddEnumValue op) {
    return outsideTables(Kind.ADD_ENUM_VALUE);
  }

  @Override
  public Facts visit(Operation.DropEnumValue op) {
    return outsideTables(Kind.DROP_ENUM_VALUE);
  }

  @Override
  public Facts visit(Operation.Execute op) {
    return outsideTables(Kind.EXECUTE);
  }

  @Override
  public Facts visit(Operation.RunJava op) {
    return outsideTables(Kind.RUN_JAVA);
  }
}
