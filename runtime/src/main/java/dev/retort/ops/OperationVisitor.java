package dev.retort.ops;

/** One method per operation kind; see {@link Operation#accept}. */
public interface OperationVisitor<R> {

  R visit(Operation.CreateSchema op);

  R visit(Operation.DropSchema op);

  R visit(Operation.CreateTable op);

  R visit(Operation.DropTable op);

  R visit(Operation.RenameTable op);

  R visit(Operation.SetTableComment op);

  R visit(Operation.AddColumn op);

  R visit(Operation.DropColumn op);

  R visit(Operation.RenameColumn op);

  R visit(Operation.AlterColumnType op);

  R visit(Operation.AlterColumnNullability op);

  R visit(Operation.AlterColumnDefault op);

  R visit(Operation.AlterColumnIdentity op);

  R visit(Operation.SetColumnComment op);

  R visit(Operation.AddPrimaryKey op);

  R visit(Operation.DropPrimaryKey op);

  R visit(Operation.AddUniqueConstraint op);

  R visit(Operation.DropUniqueConstraint op);

  R visit(Operation.AddForeignKey op);

  R visit(Operation.DropForeignKey op);

  R visit(Operation.AddCheckConstraint op);

  R visit(Operation.DropCheckConstraint op);

  R visit(Operation.CreateIndex op);

  R visit(Operation.DropIndex op);

  R visit(Operation.CreateSequence op);

  R visit(Operation.AlterSequence op);

  R visit(Operation.DropSequence op);

  R visit(Operation.CreateEnumType op);

  R visit(Operation.DropEnumType op);

  R visit(Operation.AddEnumValue op);

  R visit(Operation.DropEnumValue op);

  R visit(Operation.Execute op);

  R visit(Operation.RunJava op);
}
