package dev.retort.migration;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The fluent builder that migration bodies call: each method records one {@link Operation}, in
 * order. Table names given as strings resolve in the builder's schema ({@link #inSchema}), the
 * default schema unless chosen; records such as {@link ForeignKey} or {@link Sequence} carry
 * their own qualified names.
 */
public final class Operations {

  private final List<Operation> recorded;
  private final List<Acknowledgement> acknowledged;
  private final String schema;

  /** An empty builder for the default schema. */
  public Operations() {
    this(new ArrayList<>(), new ArrayList<>(), null);
  }

  private Operations(List<Operation> recorded, List<Acknowledgement> acknowledged, String schema) {
    this.recorded = recorded;
    this.acknowledged = acknowledged;
    this.schema = schema;
  }

  /** The operations {@code body} describes, in order: a migration's upgrade or downgrade as data. */
  public static List<Operation> recordedBy(Consumer<Operations> body) {
    Operations builder = new Operations();
    body.accept(builder);
    return builder.operations();
  }

  /** A view of this builder whose string table names resolve in {@code schemaName}. */
  public Operations inSchema(String schemaName) {
    return new Operations(recorded, acknowledged, schemaName);
  }

  /** The operations recorded so far, in order. */
  public List<Operation> operations() {
    return List.copyOf(recorded);
  }

  /**
   * Acknowledges the lint finding {@code code} (such as {@code "RTR-1070"}) on the step recorded just before,
   * for {@code reason}, which is required: the lint then no longer reports it (and refuses, RTR-1082, an
   * acknowledgement without a reason or a step before it). Changes neither the step nor the checksum, and
   * nothing at run time.
   */
  public Operations acknowledge(String code, String reason) {
    acknowledged.add(new Acknowledgement(recorded.size() - 1, code, reason));
    return this;
  }

  /** The acknowledgements recorded so far, in order, each naming its step by position in {@link #operations()}. */
  public List<Acknowledgement> acknowledgements() {
    return List.copyOf(acknowledged);
  }

  /** Records any operation, for code that builds operation records itself. */
  public Operations apply(Operation operation) {
    recorded.add(operation);
    return this;
  }

  private QualifiedName name(String table) {
    return QualifiedName.of(schema, table);
  }

  public Operations createSchema(String name) {
    return apply(new Operation.CreateSchema(name));
  }

  public Operations dropSchema(String name) {
    return apply(new Operation.DropSchema(name));
  }

  /** Creates a table with the columns, keys, checks, indexes and comment the definition lists. */
  public Operations createTable(String table, Consumer<TableDefinition> definition) {
    TableDefinition builder = new TableDefinition(name(table));
    definition.accept(builder);
    return apply(new Operation.CreateTable(builder.build()));
  }

  /**
   * Drops a table by name: what a generated downgrade says. Nothing inverts a downgrade, and the
   * table's definition is already in the history (the {@code createTable} of the upgrade this
   * downgrade undoes, and the snapshot), so the downgrade need not restate it.
   */
  public Operations dropTable(String table) {
    return apply(new Operation.DropTable(Table.named(name(table))));
  }

  /** Drops a table; the definition is what the downgrade recreates. */
  public Operations dropTable(String table, Consumer<TableDefinition> definition) {
    TableDefinition builder = new TableDefinition(name(table));
    definition.accept(builder);
    return apply(new Operation.DropTable(builder.build()));
  }

  public Operations renameTable(String from, String to) {
    return apply(new Operation.RenameTable(name(from), to));
  }

  /** Sets the table's comment from {@code from} to {@code to}; null means none. */
  public Operations commentOnTable(String table, String from, String to) {
    return apply(new Operation.SetTableComment(name(table), from, to));
  }

  public Operations addColumn(String table, Column column) {
    return apply(new Operation.AddColumn(name(table), column));
  }

  /** Drops a column; the column is what the downgrade adds back. */
  public Operations dropColumn(String table, Column column) {
    return apply(new Operation.DropColumn(name(table), column));
  }

  public Operations renameColumn(String table, String from, String to) {
    return apply(new Operation.RenameColumn(name(table), from, to));
  }

  /** Changes a column's type; the server converts existing values by assignment cast. */
  public Operations alterColumnType(String table, String column, ColumnType from, ColumnType to) {
    return apply(new Operation.AlterColumnType(name(table), column, from, to, null));
  }

  /** Changes a column's type, converting existing values with the {@code using} expression. */
  public Operations alterColumnType(String table, String column, ColumnType from, ColumnType to, String using) {
    return apply(new Operation.AlterColumnType(name(table), column, from, to, using));
  }

  public Operations setNotNull(String table, String column) {
    return apply(new Operation.AlterColumnNullability(name(table), column, false));
  }

  /**
   * {@code SET NOT NULL} without a scan under the exclusive lock: adds {@code CHECK (column IS NOT
   * NULL) NOT VALID}, validates it, sets NOT NULL and drops the check. Its statements need
   * separate transactions to keep writers running: put it in a {@link Revision#nonTransactional()} revision.
   */
  public Operations setNotNullOnline(String table, String column) {
    return apply(new Operation.AlterColumnNullability(name(table), column, false, true));
  }

  public Operations dropNotNull(String table, String column) {
    return apply(new Operation.AlterColumnNullability(name(table), column, true));
  }

  /** Changes a column's default SQL expression; null means none. */
  public Operations alterColumnDefault(String table, String column, String from, String to) {
    return apply(new Operation.AlterColumnDefault(name(table), column, from, to));
  }

  /** Changes how a column generates its values, e.g. from {@code NONE} to {@code BY_DEFAULT} identity. */
  public Operations alterColumnIdentity(String table, String column, Identity from, Identity to) {
    return apply(new Operation.AlterColumnIdentity(name(table), column, from, to));
  }

  /**
   * Drops a column's identity ({@code to} is {@code NONE}) and hands its values to {@code sequence}, which is
   * advanced past the values the column holds so that the next id it gives is free.
   */
  public Operations alterColumnIdentity(String table, String column, Identity from, Identity to, QualifiedName sequence) {
    return apply(new Operation.AlterColumnIdentity(name(table), column, from, to, sequence));
  }

  /** Sets a column's comment from {@code from} to {@code to}; null means none. */
  public Operations commentOnColumn(String table, String column, String from, String to) {
    return apply(new Operation.SetColumnComment(name(table), column, from, to));
  }

  public Operations addPrimaryKey(String table, String constraint, String... columns) {
    return apply(new Operation.AddPrimaryKey(name(table), new PrimaryKey(constraint, List.of(columns))));
  }

  public Operations dropPrimaryKey(String table, String constraint, String... columns) {
    return apply(new Operation.DropPrimaryKey(name(table), new PrimaryKey(constraint, List.of(columns))));
  }

  public Operations addUnique(String table, String constraint, String... columns) {
    return apply(new Operation.AddUniqueConstraint(name(table), new UniqueConstraint(constraint, List.of(columns))));
  }

  /**
   * A unique constraint whose index is built {@code CONCURRENTLY} and then attached with
   * {@code ADD CONSTRAINT ... UNIQUE USING INDEX}; the revision must be {@link Revision#nonTransactional()}.
   */
  public Operations addUniqueOnline(String table, String constraint, String... columns) {
    return apply(new Operation.AddUniqueConstraint(name(table), new UniqueConstraint(constraint, List.of(columns)), true));
  }

  public Operations dropUnique(String table, String constraint, String... columns) {
    return apply(new Operation.DropUniqueConstraint(name(table), new UniqueConstraint(constraint, List.of(columns))));
  }

  public Operations addForeignKey(String table, ForeignKey foreignKey) {
    return apply(new Operation.AddForeignKey(name(table), foreignKey));
  }

  /**
   * A foreign key added {@code NOT VALID}, then {@code VALIDATE}d by a statement of its own, which
   * does not block writes; meant for a {@link Revision#nonTransactional()} revision.
   */
  public Operations addForeignKeyOnline(String table, ForeignKey foreignKey) {
    return apply(new Operation.AddForeignKey(name(table), foreignKey, true));
  }

  public Operations dropForeignKey(String table, ForeignKey foreignKey) {
    return apply(new Operation.DropForeignKey(name(table), foreignKey));
  }

  /** Adds a check constraint; {@code expression} is the condition without {@code CHECK}. */
  public Operations addCheck(String table, String constraint, String expression) {
    return apply(new Operation.AddCheckConstraint(name(table), new CheckConstraint(constraint, expression)));
  }

  /**
   * A check added {@code NOT VALID}, then {@code VALIDATE}d by a statement of its own, which does
   * not block writes; meant for a {@link Revision#nonTransactional()} revision.
   */
  public Operations addCheckOnline(String table, String constraint, String expression) {
    return apply(new Operation.AddCheckConstraint(name(table), new CheckConstraint(constraint, expression), true));
  }

  public Operations dropCheck(String table, String constraint, String expression) {
    return apply(new Operation.DropCheckConstraint(name(table), new CheckConstraint(constraint, expression)));
  }

  public Operations createIndex(String table, Index index) {
    return apply(new Operation.CreateIndex(name(table), index, false));
  }

  /** {@code CREATE INDEX CONCURRENTLY}; the revision must be {@link Revision#nonTransactional()}. */
  public Operations createIndexConcurrently(String table, Index index) {
    return apply(new Operation.CreateIndex(name(table), index, true));
  }

  public Operations dropIndex(String table, Index index) {
    return apply(new Operation.DropIndex(name(table), index, false));
  }

  /** {@code DROP INDEX CONCURRENTLY}; the revision must be {@link Revision#nonTransactional()}. */
  public Operations dropIndexConcurrently(String table, Index index) {
    return apply(new Operation.DropIndex(name(table), index, true));
  }

  public Operations createSequence(Sequence sequence) {
    return apply(new Operation.CreateSequence(sequence));
  }

  public Operations alterSequence(Sequence from, Sequence to) {
    return apply(new Operation.AlterSequence(from, to));
  }

  public Operations dropSequence(Sequence sequence) {
    return apply(new Operation.DropSequence(sequence));
  }

  public Operations createEnumType(EnumType type) {
    return apply(new Operation.CreateEnumType(type));
  }

  public Operations dropEnumType(EnumType type) {
    return apply(new Operation.DropEnumType(type));
  }

  /** Appends {@code value} to the enum {@code type} (as it is before this step). */
  public Operations addEnumValue(EnumType type, String value) {
    List<String> values = type.values();
    return apply(new Operation.AddEnumValue(type, value, values.isEmpty() ? null : values.get(values.size() - 1)));
  }

  /**
   * Adds {@code value} to the enum {@code type} (as it is before this step) right after
   * {@code after}, or first when {@code after} is null.
   */
  public Operations addEnumValue(EnumType type, String value, String after) {
    return apply(new Operation.AddEnumValue(type, value, after));
  }

  /** Removes {@code value} from the enum {@code type} (as it is before this step), converting its columns. */
  public Operations dropEnumValue(EnumType type, String value) {
    return apply(new Operation.DropEnumValue(type, value));
  }

  /** Runs SQL as given: the data-migration step. */
  public Operations execute(String sql) {
    return apply(new Operation.Execute(sql));
  }

  /** Runs Java code on the migration's connection; {@code description} names it in logs and the checksum. */
  public Operations run(String description, JdbcCallback callback) {
    return apply(new Operation.RunJava(description, callback));
  }
}
