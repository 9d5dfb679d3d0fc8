package dev.retort.render.java;

import dev.retort.model.ColumnType;
import dev.retort.model.Identity;
import dev.retort.model.QualifiedName;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationFacts;
import dev.retort.render.sql.PostgresSqlRenderer;
import dev.retort.ops.OperationVisitor;

/**
 * What an operation does, in words for a reviewer: "adds column phone to drivers". Destructive
 * operations also say what they destroy, for the {@code // DESTRUCTIVE:} comment.
 */
final class Descriptions implements OperationVisitor<String> {

  static final Descriptions INSTANCE = new Descriptions();

  private static final String NOT_VALID_THEN_VALIDATED = ", NOT VALID, then validated without blocking writes";

  private Descriptions() {}

  /** The description of {@code op}, e.g. "drops table legacy". */
  static String of(Operation op) {
    return op.accept(INSTANCE);
  }

  /** The bullet of the class Javadoc: the description, flagged when it destroys data. */
  static String bullet(Operation op) {
    return op.losesData() ? of(op) + " (destroys data)" : of(op);
  }

  /** The comment above a destructive statement, naming what is lost. */
  static String destructiveComment(Operation op) {
    return "DESTRUCTIVE: " + destruction(op);
  }

  /** The description and what is lost, e.g. "drops table legacy and its data". */
  static String destruction(Operation op) {
    return of(op) + " " + loss(op);
  }

  private static String loss(Operation op) {
    return switch (OperationFacts.of(op).kind()) {
      case DROP_SEQUENCE -> "and its current value";
      case DROP_ENUM_VALUE -> "and fails while rows still hold it";
      case ALTER_COLUMN_TYPE -> "and may lose values";
      case CREATE_SCHEMA, DROP_SCHEMA, CREATE_TABLE, DROP_TABLE, RENAME_TABLE, SET_TABLE_COMMENT, ADD_COLUMN, DROP_COLUMN,
          RENAME_COLUMN, ALTER_COLUMN_NULLABILITY, ALTER_COLUMN_DEFAULT, ALTER_COLUMN_IDENTITY, SET_COLUMN_COMMENT,
          ADD_PRIMARY_KEY, DROP_PRIMARY_KEY, ADD_UNIQUE_CONSTRAINT, DROP_UNIQUE_CONSTRAINT, ADD_FOREIGN_KEY,
          DROP_FOREIGN_KEY, ADD_CHECK_CONSTRAINT, DROP_CHECK_CONSTRAINT, CREATE_INDEX, DROP_INDEX, CREATE_SEQUENCE,
          ALTER_SEQUENCE, CREATE_ENUM_TYPE, DROP_ENUM_TYPE, ADD_ENUM_VALUE, EXECUTE, RUN_JAVA -> "and its data";
    };
  }

  private static String table(QualifiedName name) {
    return name.toString();
  }

  private static String columnOf(String column, QualifiedName table) {
    return "column " + column + " of " + table(table);
  }

  @Override
  public String visit(Operation.CreateSchema op) {
    return "creates schema " + op.name();
  }

  @Override
  public String visit(Operation.DropSchema op) {
    return "drops schema " + op.name();
  }

  @Override
  public String visit(Operation.CreateTable op) {
    return "creates table " + table(op.table().name());
  }

  @Override
  public String visit(Operation.DropTable op) {
    return "drops table " + table(op.table().name());
  }

  @Override
  public String visit(Operation.RenameTable op) {
    return "renames table " + table(op.from()) + " to " + op.to();
  }

  @Override
  public String visit(Operation.SetTableComment op) {
    return (op.to() == null ? "removes the comment of table " : "sets the comment of table ") + table(op.table());
  }

  @Override
  public String visit(Operation.AddColumn op) {
    return "adds column " + op.column().name() + " to " + table(op.table());
  }

  @Override
  public String visit(Operation.DropColumn op) {
    return "drops " + columnOf(op.column().name(), op.table());
  }

  @Override
  public String visit(Operation.RenameColumn op) {
    return "renames " + columnOf(op.from(), op.table()) + " to " + op.to();
  }

  @Override
  public String visit(Operation.AlterColumnType op) {
    return "changes the type of " + columnOf(op.column(), op.table()) + " from " + typeName(op.from())
        + " to " + typeName(op.to());
  }

  @Override
  public String visit(Operation.AlterColumnNullability op) {
    return "makes " + columnOf(op.column(), op.table()) + (op.nullable() ? " nullable" : " NOT NULL")
        + (op.online() ? " through a validated check" : "");
  }

  @Override
  public String visit(Operation.AlterColumnDefault op) {
    return (op.to() == null ? "drops the default of " : "sets the default of ") + columnOf(op.column(), op.table());
  }

  @Override
  public String visit(Operation.AlterColumnIdentity op) {
    String change = "changes the identity of " + columnOf(op.column(), op.table()) + " from " + op.from() + " to " + op.to();
    if (op.sequence() != null) {
      return change + "; its values come from " + op.sequence() + " from now on, which is advanced past them";
    }
    return op.from() == Identity.NONE ? change + ", starting past the values it holds" : change;
  }

  @Override
  public String visit(Operation.SetColumnComment op) {
    return (op.to() == null ? "removes the comment of " : "sets the comment of ") + columnOf(op.column(), op.table());
  }

  @Override
  public String visit(Operation.AddPrimaryKey op) {
    return "adds primary key " + op.primaryKey().name() + " to " + table(op.table());
  }

  @Override
  public String visit(Operation.DropPrimaryKey op) {
    return "drops primary key " + op.primaryKey().name() + " of " + table(op.table());
  }

  @Override
  public String visit(Operation.AddUniqueConstraint op) {
    return "adds unique constraint " + op.constraint().name() + " to " + table(op.table())
        + (op.online() ? " on its index built concurrently" : "");
  }

  @Override
  public String visit(Operation.DropUniqueConstraint op) {
    return "drops unique constraint " + op.constraint().name() + " of " + table(op.table());
  }

  @Override
  public String visit(Operation.AddForeignKey op) {
    return "adds foreign key " + op.foreignKey().name() + " from " + table(op.table()) + " to "
        + table(op.foreignKey().referencedTable()) + (op.online() ? NOT_VALID_THEN_VALIDATED : "");
  }

  @Override
  public String visit(Operation.DropForeignKey op) {
    return "drops foreign key " + op.foreignKey().name() + " of " + table(op.table());
  }

  @Override
  public String visit(Operation.AddCheckConstraint op) {
    return "adds check constraint " + op.check().name() + " to " + table(op.table())
        + (op.online() ? NOT_VALID_THEN_VALIDATED : "");
  }

  @Override
  public String visit(Operation.DropCheckConstraint op) {
    return "drops check constraint " + op.check().name() + " of " + table(op.table());
  }

  @Override
  public String visit(Operation.CreateIndex op) {
    return "creates " + (op.index().unique() ? "unique index " : "index ") + op.index().name() + " on "
        + table(op.table()) + (op.concurrently() ? " concurrently" : "");
  }

  @Override
  public String visit(Operation.DropIndex op) {
    return "drops index " + op.index().name() + " of " + table(op.table()) + (op.concurrently() ? " concurrently" : "");
  }

  @Override
  public String visit(Operation.CreateSequence op) {
    return "creates sequence " + op.sequence().name();
  }

  @Override
  public String visit(Operation.AlterSequence op) {
    return "alters sequence " + op.to().name();
  }

  @Override
  public String visit(Operation.DropSequence op) {
    return "drops sequence " + op.sequence().name();
  }

  @Override
  public String visit(Operation.CreateEnumType op) {
    return "creates enum type " + op.type().name();
  }

  @Override
  public String visit(Operation.DropEnumType op) {
    return "drops enum type " + op.type().name();
  }

  @Override
  public String visit(Operation.AddEnumValue op) {
    return "adds value " + op.value() + " to enum type " + op.type().name();
  }

  @Override
  public String visit(Operation.DropEnumValue op) {
    return "drops value " + op.value() + " from enum type " + op.type().name();
  }

  @Override
  public String visit(Operation.Execute op) {
    String firstLine = op.sql().strip().lines().findFirst().orElse("");
    return "runs SQL: " + (firstLine.length() > 60 ? firstLine.substring(0, 57) + "..." : firstLine);
  }

  @Override
  public String visit(Operation.RunJava op) {
    return "runs Java: " + op.description();
  }

  /** A column type in PostgreSQL's spelling, the one the snapshot and the SQL use too. */
  static String typeName(ColumnType type) {
    return PostgresSqlRenderer.typeName(type);
  }
}
