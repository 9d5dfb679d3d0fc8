package dev.retort.render.java;

import com.palantir.javapoet.CodeBlock;
import dev.retort.model.Identity;
import dev.retort.model.QualifiedName;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationVisitor;
import java.util.List;

/**
 * One Java statement per operation, calling the {@code Operations} builder named {@code op} so
 * that running the statement records an operation equal to the one it was rendered from.
 */
final class Statements implements OperationVisitor<CodeBlock> {

  private final Expressions expressions;

  Statements(Expressions expressions) {
    this.expressions = expressions;
  }

  /**
   * The builder for a table: string table names resolve in the builder's schema, so a table
   * outside the default schema gets {@code op.inSchema(..)} rather than a qualified string.
   */
  private static CodeBlock on(QualifiedName table) {
    return table.schema() == null ? CodeBlock.of("op") : JavaCode.of("op.inSchema($S)", table.schema());
  }

  private static CodeBlock strings(List<String> values) {
    return Expressions.strings(values);
  }

  @Override
  public CodeBlock visit(Operation.CreateSchema op) {
    return JavaCode.of("op.createSchema($S)", op.name());
  }

  @Override
  public CodeBlock visit(Operation.DropSchema op) {
    return JavaCode.of("op.dropSchema($S)", op.name());
  }

  @Override
  public CodeBlock visit(Operation.CreateTable op) {
    QualifiedName name = op.table().name();
    return JavaCode.of("$L.createTable($S,$W$L)", on(name), name.name(), expressions.tableDefinition(op.table()));
  }

  @Override
  public CodeBlock visit(Operation.DropTable op) {
    QualifiedName name = op.table().name();
    if (op.byName()) {
      return JavaCode.of("$L.dropTable($S)", on(name), name.name());
    }
    return JavaCode.of("$L.dropTable($S,$W$L)", on(name), name.name(), expressions.tableDefinition(op.table()));
  }

  @Override
  public CodeBlock visit(Operation.RenameTable op) {
    return JavaCode.of("$L.renameTable($S, $S)", on(op.from()), op.from().name(), op.to());
  }

  @Override
  public CodeBlock visit(Operation.SetTableComment op) {
    return JavaCode.of("$L.commentOnTable($S, $S, $S)", on(op.table()), op.table().name(), op.from(), op.to());
  }

  @Override
  public CodeBlock visit(Operation.AddColumn op) {
    return JavaCode.of("$L.addColumn($S,$W$L)", on(op.table()), op.table().name(), expressions.column(op.column()));
  }

  @Override
  public CodeBlock visit(Operation.DropColumn op) {
    return JavaCode.of("$L.dropColumn($S,$W$L)", on(op.table()), op.table().name(), expressions.column(op.column()));
  }

  @Override
  public CodeBlock visit(Operation.RenameColumn op) {
    return JavaCode.of("$L.renameColumn($S, $S, $S)", on(op.table()), op.table().name(), op.from(), op.to());
  }

  @Override
  public CodeBlock visit(Operation.AlterColumnType op) {
    CodeBlock using = op.using() == null ? CodeBlock.of("") : JavaCode.of(", $S", op.using());
    return JavaCode.of("$L.alterColumnType($S, $S, $L, $L$L)", on(op.table()), op.table().name(), op.column(),
        expressions.type(op.from()), expressions.type(op.to()), using);
  }

  @Override
  public CodeBlock visit(Operation.AlterColumnNullability op) {
    return JavaCode.of("$L.$L($S, $S)", on(op.table()),
        op.nullable() ? "dropNotNull" : op.online() ? "setNotNullOnline" : "setNotNull",
        op.table().name(), op.column());
  }

  @Override
  public CodeBlock visit(Operation.AlterColumnDefault op) {
    return JavaCode.of("$L.alterColumnDefault($S, $S, $S, $S)", on(op.table()), op.table().name(), op.column(),
        op.from(), op.to());
  }

  @Override
  public CodeBlock visit(Operation.AlterColumnIdentity op) {
    CodeBlock call = JavaCode.of("$L.alterColumnIdentity($S, $S, $T.$L, $T.$L", on(op.table()), op.table().name(),
        op.column(), Identity.class, op.from().name(), Identity.class, op.to().name());
    QualifiedName sequence = op.sequence();
    if (sequence == null) {
      return CodeBlock.of("$L)", call);
    }
    return sequence.schema() == null
        ? JavaCode.of("$L,$W$T.of($S))", call, QualifiedName.class, sequence.name())
        : JavaCode.of("$L,$W$T.of($S, $S))", call, QualifiedName.class, sequence.schema(), sequence.name());
  }

  @Override
  public CodeBlock visit(Operation.SetColumnComment op) {
    return JavaCode.of("$L.commentOnColumn($S, $S, $S, $S)", on(op.table()), op.table().name(), op.column(),
        op.from(), op.to());
  }

  @Override
  public CodeBlock visit(Operation.AddPrimaryKey op) {
    return JavaCode.of("$L.addPrimaryKey($S, $S, $L)", on(op.table()), op.table().name(), op.primaryKey().name(),
        strings(op.primaryKey().columns()));
  }

  @Override
  public CodeBlock visit(Operation.DropPrimaryKey op) {
    return JavaCode.of("$L.dropPrimaryKey($S, $S, $L)", on(op.table()), op.table().name(), op.primaryKey().name(),
        strings(op.primaryKey().columns()));
  }

  @Override
  public CodeBlock visit(Operation.AddUniqueConstraint op) {
    return JavaCode.of("$L.$L($S, $S, $L)", on(op.table()), op.online() ? "addUniqueOnline" : "addUnique",
        op.table().name(), op.constraint().name(),
        strings(op.constraint().columns()));
  }

  @Override
  public CodeBlock visit(Operation.DropUniqueConstraint op) {
    return JavaCode.of("$L.dropUnique($S, $S, $L)", on(op.table()), op.table().name(), op.constraint().name(),
        strings(op.constraint().columns()));
  }

  @Override
  public CodeBlock visit(Operation.AddForeignKey op) {
    return JavaCode.of("$L.$L($S,$W$L)", on(op.table()), op.online() ? "addForeignKeyOnline" : "addForeignKey",
        op.table().name(),
        expressions.foreignKey(op.foreignKey()));
  }

  @Override
  public CodeBlock visit(Operation.DropForeignKey op) {
    return JavaCode.of("$L.dropForeignKey($S,$W$L)", on(op.table()), op.table().name(),
        expressions.foreignKey(op.foreignKey()));
  }

  @Override
  public CodeBlock visit(Operation.AddCheckConstraint op) {
    return JavaCode.of("$L.$L($S, $S, $S)", on(op.table()), op.online() ? "addCheckOnline" : "addCheck",
        op.table().name(), op.check().name(),
        op.check().expression());
  }

  @Override
  public CodeBlock visit(Operation.DropCheckConstraint op) {
    return JavaCode.of("$L.dropCheck($S, $S, $S)", on(op.table()), op.table().name(), op.check().name(),
        op.check().expression());
  }

  @Override
  public CodeBlock visit(Operation.CreateIndex op) {
    return JavaCode.of("$L.$L($S,$W$L)", on(op.table()), op.concurrently() ? "createIndexConcurrently" : "createIndex",
        op.table().name(), expressions.index(op.index()));
  }

  @Override
  public CodeBlock visit(Operation.DropIndex op) {
    return JavaCode.of("$L.$L($S,$W$L)", on(op.table()), op.concurrently() ? "dropIndexConcurrently" : "dropIndex",
        op.table().name(), expressions.index(op.index()));
  }

  @Override
  public CodeBlock visit(Operation.CreateSequence op) {
    return CodeBlock.of("op.createSequence($L)", expressions.sequence(op.sequence()));
  }

  @Override
  public CodeBlock visit(Operation.AlterSequence op) {
    return CodeBlock.of("op.alterSequence($L,$W$L)", expressions.sequence(op.from()), expressions.sequence(op.to()));
  }

  @Override
  public CodeBlock visit(Operation.DropSequence op) {
    return CodeBlock.of("op.dropSequence($L)", expressions.sequence(op.sequence()));
  }

  @Override
  public CodeBlock visit(Operation.CreateEnumType op) {
    return CodeBlock.of("op.createEnumType($L)", expressions.enumType(op.type()));
  }

  @Override
  public CodeBlock visit(Operation.DropEnumType op) {
    return CodeBlock.of("op.dropEnumType($L)", expressions.enumType(op.type()));
  }

  @Override
  public CodeBlock visit(Operation.AddEnumValue op) {
    List<String> values = op.type().values();
    String last = values.isEmpty() ? null : values.get(values.size() - 1);
    // The two-argument form appends, which is what nearly every added enum value does.
    boolean appends = last == null ? op.after() == null : last.equals(op.after());
    if (appends) {
      return JavaCode.of("op.addEnumValue($L, $S)", expressions.enumType(op.type()), op.value());
    }
    return JavaCode.of("op.addEnumValue($L, $S, $S)", expressions.enumType(op.type()), op.value(), op.after());
  }

  @Override
  public CodeBlock visit(Operation.DropEnumValue op) {
    return JavaCode.of("op.dropEnumValue($L, $S)", expressions.enumType(op.type()), op.value());
  }

  @Override
  public CodeBlock visit(Operation.Execute op) {
    return JavaCode.of("op.execute($S)", op.sql());
  }

  @Override
  public CodeBlock visit(Operation.RunJava op) {
    throw new IllegalArgumentException("cannot render the Java step '" + op.description()
        + "' as source: it holds a lambda, not code; write op.run(..) in the migration by hand");
  }
}
