package dev.retort.ops;

import dev.retort.migration.JdbcCallback;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One schema change. Every operation knows its inverse and whether it destroys data; a
 * destructive operation carries the whole state it destroys, so that its inverse can rebuild it.
 */
public sealed interface Operation {

  /**
   * The operation that undoes this one.
   *
   * @throws IrreversibleOperationException for {@link Execute} and {@link RunJava}, whose effect
   *     Retort cannot know
   */
  Operation inverse();

  /** Whether applying this operation can lose data that its inverse cannot bring back. */
  boolean losesData();

  /** Whether {@link #inverse()} exists. */
  default boolean reversible() {
    return true;
  }

  /**
   * Dispatches to the visitor method for this operation's kind. Java 17 has no pattern switch,
   * so the visitor is how every renderer stays exhaustive: a new operation breaks the build of
   * every visitor that does not handle it.
   */
  <R> R accept(OperationVisitor<R> visitor);

  /** {@code CREATE SCHEMA}. */
  record CreateSchema(String name) implements Operation {
    public CreateSchema {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new DropSchema(name);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /** {@code DROP SCHEMA} of an empty schema (its objects are dropped by their own operations). */
  record DropSchema(String name) implements Operation {
    public DropSchema {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new CreateSchema(name);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /** {@code CREATE TABLE} with its columns, keys, checks, indexes and comments. */
  record CreateTable(Table table) implements Operation {
    public CreateTable {
      Objects.requireNonNull(table, "table");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new DropTable(table);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /** {@code DROP TABLE}, carrying the whole table so that the downgrade can create it again. */
  record DropTable(Table table) implements Operation {
    public DropTable {
      Objects.requireNonNull(table, "table");
    }

    /** Whether the drop names its table only ({@link Table#named}): a downgrade's, whose definition is in the history. */
    public boolean byName() {
      return table.equals(Table.named(table.name()));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new CreateTable(table);
    }

    @Override
    public boolean losesData() {
      return true;
    }
  }

  /** {@code ALTER TABLE ... RENAME TO}; the table stays in its schema. */
  record RenameTable(QualifiedName from, String to) implements Operation {
    public RenameTable {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new RenameTable(from.withName(to), from.name());
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /** {@code COMMENT ON TABLE}; a null comment removes it. */
  record SetTableComment(QualifiedName table, String from, String to) implements Operation {
    public SetTableComment {
      Objects.requireNonNull(table, "table");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new SetTableComment(table, to, from);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /** {@code ALTER TABLE ... ADD COLUMN}. */
  record AddColumn(QualifiedName table, Column column) implements Operation {
    public AddColumn {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(column, "column");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new DropColumn(table, column);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /** {@code ALTER TABLE ... DROP COLUMN}, carrying the whole column for the downgrade. */
  record DropColumn(QualifiedName table, Column column) implements Operation {
    public DropColumn {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(column, "column");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new AddColumn(table, column);
    }

    @Override
    public boolean losesData() {
      return true;
    }
  }

  /** {@code ALTER TABLE ... RENAME COLUMN}. */
  record RenameColumn(QualifiedName table, String from, String to) implements Operation {
    public RenameColumn {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new RenameColumn(table, to, from);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /**
   * {@code ALTER COLUMN ... TYPE}, with an optional {@code USING} expression for conversions the
   * server cannot make by assignment cast.
   */
  record AlterColumnType(QualifiedName table, String column, ColumnType from, ColumnType to, String using)
      implements Operation {
    public AlterColumnType {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new AlterColumnType(table, column, to, from, null);
    }

    @Override
    public boolean losesData() {
      return !TypeWidening.widens(from, to);
    }
  }

  /**
   * {@code SET NOT NULL} when {@code nullable} is false, {@code DROP NOT NULL} when true; an
   * {@code online} {@code SET NOT NULL} first adds and validates a {@code CHECK (column IS NOT NULL)},
   * so that the statement which takes the table's exclusive lock needs no scan.
   */
  record AlterColumnNullability(QualifiedName table, String column, boolean nullable, boolean online)
      implements Operation {
    public AlterColumnNullability {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(column, "column");
      if (online && nullable) {
        throw new IllegalArgumentException("DROP NOT NULL of " + table + "." + column + " has no online form");
      }
    }

    /** The plain form. */
    public AlterColumnNullability(QualifiedName table, String column, boolean nullable) {
      this(table, column, nullable, false);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new AlterColumnNullability(table, column, !nullable);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /** {@code SET DEFAULT} or, when {@code to} is null, {@code DROP DEFAULT}. */
  record AlterColumnDefault(QualifiedName table, String column, String from, String to) implements Operation {
    public AlterColumnDefault {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(column, "column");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new AlterColumnDefault(table, column, to, from);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /**
   * Changes how a column generates its values: {@code ADD GENERATED ... AS IDENTITY},
   * {@code SET GENERATED ...} or {@code DROP IDENTITY}. Dropping an identity keeps the values;
   * adding one starts it past the values the column holds, so that the next insert finds no
   * duplicate key.
   *
   * @param sequence when the identity is dropped, the sequence the column's values come from
   *     afterwards, which the step advances past the values the column holds; null when none is known
   */
  record AlterColumnIdentity(QualifiedName table, String column, Identity from, Identity to, QualifiedName sequence)
      implements Operation {
    public AlterColumnIdentity {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (sequence != null && to != Identity.NONE) {
        throw new IllegalArgumentException("only a dropped identity hands " + table + "." + column
            + " over to a sequence, not one changed to " + to);
      }
    }

    /** A change that hands the column to no sequence. */
    public AlterColumnIdentity(QualifiedName table, String column, Identity from, Identity to) {
      this(table, column, from, to, null);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new AlterColumnIdentity(table, column, to, from, null);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /** {@code COMMENT ON COLUMN}; a null comment removes it. */
  record SetColumnComment(QualifiedName table, String column, String from, String to) implements Operation {
    public SetColumnComment {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(column, "column");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new SetColumnComment(table, column, to, from);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /** {@code ADD CONSTRAINT ... PRIMARY KEY}. */
  record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Operation {
    public AddPrimaryKey {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new DropPrimaryKey(table, primaryKey);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /** {@code DROP CONSTRAINT} of a primary key, carrying the key for the downgrade. */
  record DropPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Operation {
    public DropPrimaryKey {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new AddPrimaryKey(table, primaryKey);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /**
   * {@code ADD CONSTRAINT ... UNIQUE}; {@code online}, its unique index is first built
   * {@code CONCURRENTLY} (outside a transaction) and the constraint then added {@code USING INDEX}.
   */
  record AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint, boolean online) implements Operation {
    public AddUniqueConstraint {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(constraint, "constraint");
    }

    /** The plain form. */
    public AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint) {
      this(table, constraint, false);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new DropUniqueConstraint(table, constraint);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /** {@code DROP CONSTRAINT} of a unique constraint, carrying it for the downgrade. */
  record DropUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements Operation {
    public DropUniqueConstraint {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new AddUniqueConstraint(table, constraint);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /**
   * {@code ADD CONSTRAINT ... FOREIGN KEY}; {@code online}, it is added {@code NOT VALID} and then
   * validated by a statement of its own, which scans without blocking writes.
   */
  record AddForeignKey(QualifiedName table, ForeignKey foreignKey, boolean online) implements Operation {
    public AddForeignKey {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(foreignKey, "foreignKey");
    }

    /** The plain form. */
    public AddForeignKey(QualifiedName table, ForeignKey foreignKey) {
      this(table, foreignKey, false);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new DropForeignKey(table, foreignKey);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /** {@code DROP CONSTRAINT} of a foreign key, carrying it for the downgrade. */
  record DropForeignKey(QualifiedName table, ForeignKey foreignKey) implements Operation {
    public DropForeignKey {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new AddForeignKey(table, foreignKey);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /**
   * {@code ADD CONSTRAINT ... CHECK}; {@code online}, it is added {@code NOT VALID} and then
   * validated by a statement of its own, which scans without blocking writes.
   */
  record AddCheckConstraint(QualifiedName table, CheckConstraint check, boolean online) implements Operation {
    public AddCheckConstraint {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(check, "check");
    }

    /** The plain form. */
    public AddCheckConstraint(QualifiedName table, CheckConstraint check) {
      this(table, check, false);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new DropCheckConstraint(table, check);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /** {@code DROP CONSTRAINT} of a check, carrying it for the downgrade. */
  record DropCheckConstraint(QualifiedName table, CheckConstraint check) implements Operation {
    public DropCheckConstraint {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(check, "check");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new AddCheckConstraint(table, check);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /**
   * {@code CREATE INDEX}; {@code concurrently} builds it without blocking writes, which
   * PostgreSQL allows only outside a transaction (the migration must be non-transactional).
   */
  record CreateIndex(QualifiedName table, Index index, boolean concurrently) implements Operation {
    public CreateIndex {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(index, "index");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new DropIndex(table, index, concurrently);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /** {@code DROP INDEX}, carrying the index (and its table) for the downgrade. */
  record DropIndex(QualifiedName table, Index index, boolean concurrently) implements Operation {
    public DropIndex {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(index, "index");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new CreateIndex(table, index, concurrently);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /** {@code CREATE SEQUENCE}. */
  record CreateSequence(Sequence sequence) implements Operation {
    public CreateSequence {
      Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new DropSequence(sequence);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /** {@code ALTER SEQUENCE} from one definition to another of the same name. */
  record AlterSequence(Sequence from, Sequence to) implements Operation {
    public AlterSequence {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (!from.name().equals(to.name())) {
        throw new IllegalArgumentException("ALTER SEQUENCE cannot rename " + from.name() + " to " + to.name());
      }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new AlterSequence(to, from);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /** {@code DROP SEQUENCE}; its current value is lost, so the operation is destructive. */
  record DropSequence(Sequence sequence) implements Operation {
    public DropSequence {
      Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new CreateSequence(sequence);
    }

    @Override
    public boolean losesData() {
      return true;
    }
  }

  /** {@code CREATE TYPE ... AS ENUM}. */
  record CreateEnumType(EnumType type) implements Operation {
    public CreateEnumType {
      Objects.requireNonNull(type, "type");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new DropEnumType(type);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /** {@code DROP TYPE} of an enum no column uses any more, carrying its values for the downgrade. */
  record DropEnumType(EnumType type) implements Operation {
    public DropEnumType {
      Objects.requireNonNull(type, "type");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new CreateEnumType(type);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /**
   * {@code ALTER TYPE ... ADD VALUE}: never a table rewrite. {@code type} is the enum before the
   * change; the value goes right after {@code after}, or first when {@code after} is null.
   */
  record AddEnumValue(EnumType type, String value, String after) implements Operation {
    public AddEnumValue {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
      if (type.values().contains(value)) {
        throw new IllegalArgumentException("enum type " + type.name() + " already has the value " + value);
      }
      if (after != null && !type.values().contains(after)) {
        throw new IllegalArgumentException("enum type " + type.name() + " has no value " + after + " to add " + value + " after");
      }
    }

    /** The enum type once the value is added. */
    public EnumType result() {
      List<String> values = new ArrayList<>(type.values());
      values.add(after == null ? 0 : values.indexOf(after) + 1, value);
      return new EnumType(type.name(), values);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      return new DropEnumValue(result(), value);
    }

    @Override
    public boolean losesData() {
      return false;
    }
  }

  /**
   * Removes a value from an enum type. PostgreSQL has no {@code DROP VALUE}, so the type is
   * recreated without it and every column of the type converted; rows holding the value make it
   * fail, which is why it counts as destructive. {@code type} is the enum before the change.
   */
  record DropEnumValue(EnumType type, String value) implements Operation {
    public DropEnumValue {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
      if (!type.values().contains(value)) {
        throw new IllegalArgumentException("enum type " + type.name() + " has no value " + value + " to drop");
      }
    }

    /** The enum type once the value is gone. */
    public EnumType result() {
      return new EnumType(type.name(), type.values().stream().filter(v -> !v.equals(value)).toList());
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      int position = type.values().indexOf(value);
      return new AddEnumValue(result(), value, position == 0 ? null : type.values().get(position - 1));
    }

    @Override
    public boolean losesData() {
      return true;
    }
  }

  /** SQL run as given, for data migrations; Retort cannot know its inverse. */
  record Execute(String sql) implements Operation {
    public Execute {
      Objects.requireNonNull(sql, "sql");
      if (sql.isBlank()) {
        throw new IllegalArgumentException("execute needs a SQL statement");
      }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      throw new IrreversibleOperationException(this);
    }

    @Override
    public boolean losesData() {
      return false;
    }

    @Override
    public boolean reversible() {
      return false;
    }
  }

  /**
   * Java code that receives the migration's JDBC connection, for data migrations SQL cannot
   * express; {@code description} names it in logs, offline scripts and the checksum.
   */
  record RunJava(String description, JdbcCallback callback) implements Operation {
    public RunJava {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(callback, "callback");
      if (description.isBlank()) {
        throw new IllegalArgumentException("a Java step needs a description");
      }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visit(this);
    }

    @Override
    public Operation inverse() {
      throw new IrreversibleOperationException(this);
    }

    @Override
    public boolean losesData() {
      return false;
    }

    @Override
    public boolean reversible() {
      return false;
    }
  }
}
