package dev.retort.render.sql;

import static dev.retort.render.sql.PostgresIdentifiers.literal;
import static dev.retort.render.sql.PostgresIdentifiers.quote;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.Index;
import dev.retort.model.IndexColumn;
import dev.retort.model.QualifiedName;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationVisitor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders each operation as the exact PostgreSQL statements that perform it, in order. A
 * {@link Operation.RunJava} step renders as no statement: only the runtime can run it.
 */
public final class PostgresSqlRenderer implements OperationVisitor<List<String>> {

  /** Enum types being rebuilt without a value are renamed to this while their columns convert. */
  static final String ENUM_SWAP_NAME = "retort_enum_swap";

  /**
   * The {@code CHECK (column IS NOT NULL)} that an online {@code SET NOT NULL} of {@code column} adds,
   * validates and drops, by the name it gives it.
   */
  public static CheckConstraint onlineNotNullCheck(String column) {
    return OnlineNames.notNullCheck(column);
  }

  /** The statements that perform {@code operation}, in order. */
  public List<String> render(Operation operation) {
    return operation.accept(this);
  }

  /** The statements that perform every operation, in order. */
  public List<String> render(List<Operation> operations) {
    List<String> statements = new ArrayList<>();
    for (Operation operation : operations) {
      statements.addAll(render(operation));
    }
    return statements;
  }

  /** The type as PostgreSQL spells it, e.g. {@code character varying(17)}. */
  public static String typeName(ColumnType type) {
    return PostgresTypeNames.of(type);
  }

  @Override
  public List<String> visit(Operation.CreateSchema op) {
    return List.of("CREATE SCHEMA " + quote(op.name()));
  }

  @Override
  public List<String> visit(Operation.DropSchema op) {
    return List.of("DROP SCHEMA " + quote(op.name()));
  }

  @Override
  public List<String> visit(Operation.CreateTable op) {
    Table table = op.table();
    List<String> elements = new ArrayList<>();
    for (Column column : table.columns()) {
      elements.add(columnDefinition(column));
    }
    if (table.primaryKey() != null) {
      elements.add("CONSTRAINT " + quote(table.primaryKey().name()) + " PRIMARY KEY " + columnList(table.primaryKey().columns()));
    }
    // Inside CREATE TABLE, PostgreSQL silently drops a UNIQUE over the same columns as the primary
    // key or an earlier UNIQUE; ALTER TABLE keeps it, so such a constraint is added after the table.
    List<UniqueConstraint> afterwards = new ArrayList<>();
    Set<List<String>> keyed = new HashSet<>();
    if (table.primaryKey() != null) {
      keyed.add(table.primaryKey().columns());
    }
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      if (keyed.add(unique.columns())) {
        elements.add("CONSTRAINT " + quote(unique.name()) + " UNIQUE " + columnList(unique.columns()));
      } else {
        afterwards.add(unique);
      }
    }
    table.checks().forEach(c -> elements.add(checkClause(c)));
    table.foreignKeys().forEach(fk -> elements.add(foreignKeyClause(fk)));

    List<String> statements = new ArrayList<>();
    statements.add("CREATE TABLE " + quote(table.name()) + " (\n    " + String.join(",\n    ", elements) + "\n)");
    for (UniqueConstraint unique : afterwards) {
      statements.addAll(visit(new Operation.AddUniqueConstraint(table.name(), unique)));
    }
    for (Index index : table.indexes()) {
      statements.add(createIndex(table.name(), index, false));
    }
    if (table.comment() != null) {
      statements.add("COMMENT ON TABLE " + quote(table.name()) + " IS " + literal(table.comment()));
    }
    for (Column column : table.columns()) {
      if (column.comment() != null) {
        statements.add(columnComment(table.name(), column.name(), column.comment()));
      }
    }
    return statements;
  }

  @Override
  public List<String> visit(Operation.DropTable op) {
    return List.of("DROP TABLE " + quote(op.table().name()));
  }

  @Override
  public List<String> visit(Operation.RenameTable op) {
    return List.of("ALTER TABLE " + quote(op.from()) + " RENAME TO " + quote(op.to()));
  }

  @Override
  public List<String> visit(Operation.SetTableComment op) {
    return List.of("COMMENT ON TABLE " + quote(op.table()) + " IS " + literal(op.to()));
  }

  @Override
  public List<String> visit(Operation.AddColumn op) {
    List<String> statements = new ArrayList<>();
    statements.add(alterTable(op.table()) + "ADD COLUMN " + columnDefinition(op.column()));
    if (op.column().comment() != null) {
      statements.add(columnComment(op.table(), op.column().name(), op.column().comment()));
    }
    return statements;
  }

  @Override
  public List<String> visit(Operation.DropColumn op) {
    return List.of(alterTable(op.table()) + "DROP COLUMN " + quote(op.column().name()));
  }

  @Override
  public List<String> visit(Operation.RenameColumn op) {
    return List.of(alterTable(op.table()) + "RENAME COLUMN " + quote(op.from()) + " TO " + quote(op.to()));
  }

  @Override
  public List<String> visit(Operation.AlterColumnType op) {
    String using = op.using();
    if (using == null && op.to() instanceof ColumnType.NativeEnum target && !(op.from() instanceof ColumnType.NativeEnum)) {
      // Text converts to an enum only by explicit cast; spell it out so the common case just works.
      using = quote(op.column()) + "::text::" + quote(target.type());
    } else if (using == null && isString(op.from()) && !isString(op.to()) && !(op.to() instanceof ColumnType.Bytes)
        && !(op.to() instanceof ColumnType.Raw)) {
      // Text reads into other types only by explicit cast, e.g. the downgrade of an integer column made text.
      using = quote(op.column()) + "::" + typeName(op.to());
    }
    return List.of(alterColumn(op.table(), op.column()) + "TYPE " + typeName(op.to())
        + (using == null ? "" : " USING " + using));
  }

  private static boolean isString(ColumnType type) {
    return type instanceof ColumnType.Text || type instanceof ColumnType.Varchar || type instanceof ColumnType.Char;
  }

  @Override
  public List<String> visit(Operation.AlterColumnNullability op) {
    String change = alterColumn(op.table(), op.column()) + (op.nullable() ? "DROP NOT NULL" : "SET NOT NULL");
    if (!op.online()) {
      return List.of(change);
    }
    // PostgreSQL 12+ skips SET NOT NULL's scan when a valid check already proves it.
    CheckConstraint proof = OnlineNames.notNullCheck(op.column());
    return List.of(
        alterTable(op.table()) + "ADD " + checkClause(proof) + " NOT VALID",
        validate(op.table(), proof.name()),
        change,
        dropConstraint(op.table(), proof.name()).get(0));
  }

  @Override
  public List<String> visit(Operation.AlterColumnDefault op) {
    return List.of(alterColumn(op.table(), op.column()) + (op.to() == null ? "DROP DEFAULT" : "SET DEFAULT " + op.to()));
  }

  @Override
  public List<String> visit(Operation.AlterColumnIdentity op) {
    String column = alterColumn(op.table(), op.column());
    if (op.to() == Identity.NONE) {
      String drop = column + "DROP IDENTITY";
      if (op.sequence() == null) {
        return List.of(drop);
      }
      // Raised only: a sequence other tables already drew past their ids, or a fresh one already past these, stays.
      return List.of(drop, "SELECT setval(" + literal(quote(op.sequence())) + ", ids.high) FROM (SELECT max("
          + quote(op.column()) + ") AS high FROM " + quote(op.table()) + ") AS ids WHERE ids.high >= (SELECT last_value FROM "
          + quote(op.sequence()) + ")");
    }
    String generated = op.to() == Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
    if (op.from() == Identity.NONE) {
      // The new identity starts at 1; on a table with rows it must start past them. Below 1 it already is.
      return List.of(column + "ADD GENERATED " + generated + " AS IDENTITY",
          "SELECT setval(pg_get_serial_sequence(" + literal(quote(op.table())) + ", " + literal(op.column())
              + "), ids.high) FROM (SELECT max(" + quote(op.column()) + ") AS high FROM " + quote(op.table())
              + ") AS ids WHERE ids.high >= 1");
    }
    return List.of(column + "SET GENERATED " + generated);
  }

  @Override
  public List<String> visit(Operation.SetColumnComment op) {
    return List.of(columnComment(op.table(), op.column(), op.to()));
  }

  @Override
  public List<String> visit(Operation.AddPrimaryKey op) {
    return List.of(alterTable(op.table()) + "ADD CONSTRAINT " + quote(op.primaryKey().name())
        + " PRIMARY KEY " + columnList(op.primaryKey().columns()));
  }

  @Override
  public List<String> visit(Operation.DropPrimaryKey op) {
    return dropConstraint(op.table(), op.primaryKey().name());
  }

  @Override
  public List<String> visit(Operation.AddUniqueConstraint op) {
    String name = quote(op.constraint().name());
    if (!op.online()) {
      return List.of(alterTable(op.table()) + "ADD CONSTRAINT " + name + " UNIQUE " + columnList(op.constraint().columns()));
    }
    // The index takes the constraint's name, which ADD CONSTRAINT ... USING INDEX would give it anyway.
    return List.of(
        "CREATE UNIQUE INDEX CONCURRENTLY " + name + " ON " + quote(op.table()) + " " + columnList(op.constraint().columns()),
        alterTable(op.table()) + "ADD CONSTRAINT " + name + " UNIQUE USING INDEX " + name);
  }

  @Override
  public List<String> visit(Operation.DropUniqueConstraint op) {
    return dropConstraint(op.table(), op.constraint().name());
  }

  @Override
  public List<String> visit(Operation.AddForeignKey op) {
    String add = alterTable(op.table()) + "ADD " + foreignKeyClause(op.foreignKey());
    return op.online() ? List.of(add + " NOT VALID", validate(op.table(), op.foreignKey().name())) : List.of(add);
  }

  @Override
  public List<String> visit(Operation.DropForeignKey op) {
    return dropConstraint(op.table(), op.foreignKey().name());
  }

  @Override
  public List<String> visit(Operation.AddCheckConstraint op) {
    String add = alterTable(op.table()) + "ADD " + checkClause(op.check());
    return op.online() ? List.of(add + " NOT VALID", validate(op.table(), op.check().name())) : List.of(add);
  }

  @Override
  public List<String> visit(Operation.DropCheckConstraint op) {
    return dropConstraint(op.table(), op.check().name());
  }

  @Override
  public List<String> visit(Operation.CreateIndex op) {
    return List.of(createIndex(op.table(), op.index(), op.concurrently()));
  }

  @Override
  public List<String> visit(Operation.DropIndex op) {
    // An index lives in its table's schema, so the drop qualifies it the same way.
    return List.of("DROP INDEX " + (op.concurrently() ? "CONCURRENTLY " : "")
        + quote(op.table().withName(op.index().name())));
  }

  @Override
  public List<String> visit(Operation.CreateSequence op) {
    Sequence s = op.sequence();
    StringBuilder sql = new StringBuilder("CREATE SEQUENCE ").append(quote(s.name()))
        .append(" START WITH ").append(s.start())
        .append(" INCREMENT BY ").append(s.increment());
    if (s.minValue() != null) {
      sql.append(" MINVALUE ").append(s.minValue());
    }
    if (s.maxValue() != null) {
      sql.append(" MAXVALUE ").append(s.maxValue());
    }
    if (s.cache() != 1) {
      sql.append(" CACHE ").append(s.cache());
    }
    if (s.cycle()) {
      sql.append(" CYCLE");
    }
    return List.of(sql.toString());
  }

  @Override
  public List<String> visit(Operation.AlterSequence op) {
    Sequence from = op.from();
    Sequence to = op.to();
    StringBuilder changes = new StringBuilder();
    if (from.increment() != to.increment()) {
      changes.append(" INCREMENT BY ").append(to.increment());
    }
    if (!Objects.equals(from.minValue(), to.minValue())) {
      changes.append(to.minValue() == null ? " NO MINVALUE" : " MINVALUE " + to.minValue());
    }
    if (!Objects.equals(from.maxValue(), to.maxValue())) {
      changes.append(to.maxValue() == null ? " NO MAXVALUE" : " MAXVALUE " + to.maxValue());
    }
    if (from.start() != to.start()) {
      changes.append(" START WITH ").append(to.start());
    }
    if (from.cache() != to.cache()) {
      changes.append(" CACHE ").append(to.cache());
    }
    if (from.cycle() != to.cycle()) {
      changes.append(to.cycle() ? " CYCLE" : " NO CYCLE");
    }
    return changes.length() == 0 ? List.of() : List.of("ALTER SEQUENCE " + quote(to.name()) + changes);
  }

  @Override
  public List<String> visit(Operation.DropSequence op) {
    return List.of("DROP SEQUENCE " + quote(op.sequence().name()));
  }

  @Override
  public List<String> visit(Operation.CreateEnumType op) {
    return List.of(createEnum(op.type()));
  }

  @Override
  public List<String> visit(Operation.DropEnumType op) {
    return List.of("DROP TYPE " + quote(op.type().name()));
  }

  @Override
  public List<String> visit(Operation.AddEnumValue op) {
    String position;
    if (op.after() != null) {
      position = " AFTER " + literal(op.after());
    } else if (op.type().values().isEmpty()) {
      position = "";
    } else {
      position = " BEFORE " + literal(op.type().values().get(0));
    }
    return List.of("ALTER TYPE " + quote(op.type().name()) + " ADD VALUE " + literal(op.value()) + position);
  }

  /**
   * PostgreSQL cannot drop an enum value, so the type is renamed aside, recreated without the
   * value, every column of the old type converted through text, and the old type dropped. The
   * columns are found by the server at run time, so the script works offline too.
   */
  @Override
  public List<String> visit(Operation.DropEnumValue op) {
    EnumType remaining = op.result();
    QualifiedName swap = remaining.name().withName(ENUM_SWAP_NAME);
    String target = quote(remaining.name());
    String convert = "DO $retort$\nDECLARE\n    col record;\nBEGIN\n"
        + "    FOR col IN\n"
        + "        SELECT n.nspname, c.relname, a.attname\n"
        + "        FROM pg_attribute a\n"
        + "        JOIN pg_class c ON c.oid = a.attrelid\n"
        + "        JOIN pg_namespace n ON n.oid = c.relnamespace\n"
        + "        WHERE a.atttypid = " + literal(quote(swap)) + "::regtype AND NOT a.attisdropped AND c.relkind IN ('r', 'p')\n"
        + "    LOOP\n"
        + "        EXECUTE format('ALTER TABLE %I.%I ALTER COLUMN %I TYPE " + target.replace("'", "''") + " USING %I::text::"
        + target.replace("'", "''") + "', col.nspname, col.relname, col.attname, col.attname);\n"
        + "    END LOOP;\n"
        + "END\n$retort$";
    return List.of(
        "ALTER TYPE " + target + " RENAME TO " + quote(ENUM_SWAP_NAME),
        createEnum(remaining),
        convert,
        "DROP TYPE " + quote(swap));
  }

  @Override
  public List<String> visit(Operation.Execute op) {
    return List.of(op.sql());
  }

  @Override
  public List<String> visit(Operation.RunJava op) {
    return List.of();
  }

  /** The column as it appears in CREATE TABLE and ADD COLUMN. */
  static String columnDefinition(Column column) {
    StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(typeName(column.type()));
    if (column.defaultValue() != null) {
      sql.append(" DEFAULT ").append(column.defaultValue());
    }
    if (column.identity() == Identity.NONE) {
      if (!column.nullable()) {
        sql.append(" NOT NULL");
      }
    } else {
      sql.append(column.identity() == Identity.ALWAYS ? " GENERATED ALWAYS AS IDENTITY" : " GENERATED BY DEFAULT AS IDENTITY");
    }
    return sql.toString();
  }

  private static String createIndex(QualifiedName table, Index index, boolean concurrently) {
    String keys = index.columns().stream()
        .map(PostgresSqlRenderer::indexKey)
        .collect(Collectors.joining(", ", "(", ")"));
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "")
        + quote(index.name()) + " ON " + quote(table) + " " + keys
        + (index.where() == null ? "" : " WHERE " + index.where());
  }

  private static String indexKey(IndexColumn key) {
    return quote(key.column()) + (key.descending() ? " DESC" : "");
  }

  private static String createEnum(EnumType type) {
    return "CREATE TYPE " + quote(type.name()) + " AS ENUM ("
        + type.values().stream().map(PostgresIdentifiers::literal).collect(Collectors.joining(", ")) + ")";
  }

  private static String foreignKeyClause(ForeignKey fk) {
    return "CONSTRAINT " + quote(fk.name()) + " FOREIGN KEY " + columnList(fk.columns())
        + " REFERENCES " + quote(fk.referencedTable()) + " " + columnList(fk.referencedColumns())
        + action("ON DELETE", fk.onDelete()) + action("ON UPDATE", fk.onUpdate());
  }

  private static String action(String event, ReferentialAction action) {
    return action == ReferentialAction.NO_ACTION ? "" : " " + event + " " + action.sql();
  }

  private static String checkClause(CheckConstraint check) {
    return "CONSTRAINT " + quote(check.name()) + " CHECK (" + check.expression() + ")";
  }

  private static String validate(QualifiedName table, String constraint) {
    return alterTable(table) + "VALIDATE CONSTRAINT " + quote(constraint);
  }

  private static List<String> dropConstraint(QualifiedName table, String name) {
    return List.of(alterTable(table) + "DROP CONSTRAINT " + quote(name));
  }

  private static String columnComment(QualifiedName table, String column, String comment) {
    return "COMMENT ON COLUMN " + quote(table) + "." + quote(column) + " IS " + literal(comment);
  }

  private static String alterTable(QualifiedName table) {
    return "ALTER TABLE " + quote(table) + " ";
  }

  private static String alterColumn(QualifiedName table, String column) {
    return alterTable(table) + "ALTER COLUMN " + quote(column) + " ";
  }

  private static String columnList(List<String> columns) {
    return columns.stream().map(PostgresIdentifiers::quote).collect(Collectors.joining(", ", "(", ")"));
  }
}
