package dev.retort.lint;

import dev.retort.design.DesignMessage;
import dev.retort.model.Column;
import dev.retort.model.Identity;
import dev.retort.model.QualifiedName;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationVisitor;
import dev.retort.ops.TypeRewrites;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lint's rules, one per kind of operation: which operations block or rewrite a table that may have rows,
 * or break the release still running, and the catalog entry that says so. A rule names the table it is about;
 * whether that table can have rows is {@link Lint}'s to decide.
 */
final class LintRules implements OperationVisitor<Optional<LintRules.Rule>> {

  /** A rule that fires: the catalog entry, and the table the step locks or breaks (null when not known). */
  record Rule(DesignMessage message, QualifiedName table) {}

  /**
   * Functions whose value differs per row, so a default calling one fills existing rows one by one (a rewrite);
   * {@code now()} and {@code current_timestamp} are stable within a statement and need no rewrite.
   */
  private static final List<String> VOLATILE = List.of("random(", "clock_timestamp(", "gen_random_uuid(",
      "uuid_generate_v", "nextval(", "timeofday(", "txid_current(");

  static final LintRules INSTANCE = new LintRules();

  private LintRules() {}

  /** The rule {@code operation} breaks, if any. */
  static Optional<Rule> of(Operation operation) {
    return operation.accept(INSTANCE);
  }

  /** Whether adding {@code column} to a table with rows fills each row with a value of its own. */
  static boolean fillsRowByRow(Column column) {
    if (column.identity() != Identity.NONE) {
      return true;
    }
    String value = column.defaultValue();
    if (value == null) {
      return false;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    return VOLATILE.stream().anyMatch(lower::contains);
  }

  private static Optional<Rule> rule(DesignMessage message, QualifiedName table) {
    return Optional.of(new Rule(message, table));
  }

  private static Optional<Rule> none() {
    return Optional.empty();
  }

  @Override
  public Optional<Rule> visit(Operation.CreateSchema op) {
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.DropSchema op) {
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.CreateTable op) {
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.DropTable op) {
    return rule(DesignMessage.LINT_DROP_TABLE_BREAKS_RELEASE, op.table().name());
  }

  @Override
  public Optional<Rule> visit(Operation.RenameTable op) {
    return rule(DesignMessage.LINT_RENAME_BREAKS_RELEASE, op.from());
  }

  @Override
  public Optional<Rule> visit(Operation.SetTableComment op) {
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.AddColumn op) {
    return fillsRowByRow(op.column()) ? rule(DesignMessage.LINT_VOLATILE_DEFAULT_REWRITES, op.table()) : none();
  }

  @Override
  public Optional<Rule> visit(Operation.DropColumn op) {
    return rule(DesignMessage.LINT_DROP_COLUMN_BREAKS_RELEASE, op.table());
  }

  @Override
  public Optional<Rule> visit(Operation.RenameColumn op) {
    return rule(DesignMessage.LINT_RENAME_BREAKS_RELEASE, op.table());
  }

  @Override
  public Optional<Rule> visit(Operation.AlterColumnType op) {
    return TypeRewrites.rewrites(op) ? rule(DesignMessage.LINT_TYPE_CHANGE_REWRITES, op.table()) : none();
  }

  @Override
  public Optional<Rule> visit(Operation.AlterColumnNullability op) {
    return !op.nullable() && !op.online() ? rule(DesignMessage.LINT_SET_NOT_NULL_SCANS, op.table()) : none();
  }

  @Override
  public Optional<Rule> visit(Operation.AlterColumnDefault op) {
    // A default changed later applies to new rows only: catalog-only.
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.AlterColumnIdentity op) {
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.SetColumnComment op) {
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.AddPrimaryKey op) {
    return rule(DesignMessage.LINT_UNIQUE_BLOCKS_TABLE, op.table());
  }

  @Override
  public Optional<Rule> visit(Operation.DropPrimaryKey op) {
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.AddUniqueConstraint op) {
    return op.online() ? none() : rule(DesignMessage.LINT_UNIQUE_BLOCKS_TABLE, op.table());
  }

  @Override
  public Optional<Rule> visit(Operation.DropUniqueConstraint op) {
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.AddForeignKey op) {
    return op.online() ? none() : rule(DesignMessage.LINT_FOREIGN_KEY_VALIDATES, op.table());
  }

  @Override
  public Optional<Rule> visit(Operation.DropForeignKey op) {
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.AddCheckConstraint op) {
    return op.online() ? none() : rule(DesignMessage.LINT_CHECK_VALIDATES, op.table());
  }

  @Override
  public Optional<Rule> visit(Operation.DropCheckConstraint op) {
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.CreateIndex op) {
    return op.concurrently() ? none() : rule(DesignMessage.LINT_INDEX_BLOCKS_WRITES, op.table());
  }

  @Override
  public Optional<Rule> visit(Operation.DropIndex op) {
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.CreateSequence op) {
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.AlterSequence op) {
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.DropSequence op) {
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.CreateEnumType op) {
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.DropEnumType op) {
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.AddEnumValue op) {
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.DropEnumValue op) {
    return none();
  }

  @Override
  public Optional<Rule> visit(Operation.Execute op) {
    return onlyRowChanges(op.sql()) ? none() : rule(DesignMessage.LINT_OPAQUE_STEP, null);
  }

  /**
   * Whether every statement of {@code sql} reads or changes rows (SELECT, INSERT, UPDATE, DELETE), which locks
   * rows, not tables; anything else (DDL, LOCK, a DO block) is opaque to the lint. Statements are told apart at
   * semicolons, so a semicolon inside a literal makes the SQL opaque, never the other way round.
   */
  static boolean onlyRowChanges(String sql) {
    boolean any = false;
    for (String statement : sql.split(";")) {
      String words = statement.replaceAll("(?m)--.*$", "").strip().toLowerCase(Locale.ROOT);
      if (words.isEmpty()) {
        continue;
      }
      any = true;
      if (!words.matches("(select|insert|update|delete)\\b[\\s\\S]*")) {
        return false;
      }
    }
    return any;
  }

  @Override
  public Optional<Rule> visit(Operation.RunJava op) {
    return rule(DesignMessage.LINT_OPAQUE_STEP, null);
  }
}
