package dev.retort.runtime.tooling;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.Index;
import dev.retort.model.IndexColumn;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationVisitor;
import java.util.List;

/**
 * Version 1 of the checksum encoding: each operation and each model value inside it, field by
 * field, in {@link CanonicalText}'s grammar. Frozen: every database deployed with Retort holds
 * checksums of this encoding, so its kind names, field names, field order and enumeration words
 * stay as they are even when the Java records they describe are renamed or grow (they were the
 * record and component names of the first release, which encoded them by reflection). A new
 * operation or model value gets its own, new words here, and leaves every existing text alone.
 * The visitors make the dispatch exhaustive: an operation or column type without an encoding does
 * not compile.
 */
final class ChecksumEncodingV1 implements OperationVisitor<CanonicalText>, ColumnType.Visitor<CanonicalText> {

  /** The first line of every migration's text; it names the encoding. */
  private static final String HEADER = "retort-checksum-1\n";

  private final StringBuilder out;
  private final CanonicalText text;

  private ChecksumEncodingV1() {
    this.out = new StringBuilder(256);
    this.text = new CanonicalText(out);
  }

  /**
   * The text of a migration's upgrade: the header line, {@code parents=["a","b"]},
   * {@code transactional=true|false}, then one line per operation, each line ending in a line feed.
   */
  static String migration(List<String> parents, boolean transactional, List<Operation> operations) {
    ChecksumEncodingV1 encoding = new ChecksumEncodingV1();
    encoding.out.append(HEADER).append("parents=[");
    for (int i = 0; i < parents.size(); i++) {
      if (i > 0) {
        encoding.out.append(',');
      }
      encoding.text.string(parents.get(i));
    }
    encoding.out.append("]\ntransactional=").append(transactional).append('\n');
    for (Operation operation : operations) {
      operation.accept(encoding);
      encoding.out.append('\n');
    }
    return encoding.out.toString();
  }

  /** The text of one operation, as one line of {@link #migration} holds it. */
  static String operation(Operation operation) {
    ChecksumEncodingV1 encoding = new ChecksumEncodingV1();
    operation.accept(encoding);
    return encoding.out.toString();
  }

  // Operations.

  @Override
  public CanonicalText visit(Operation.CreateSchema op) {
    return text.begin("CreateSchema").string("name", op.name()).end();
  }

  @Override
  public CanonicalText visit(Operation.DropSchema op) {
    return text.begin("DropSchema").string("name", op.name()).end();
  }

  @Override
  public CanonicalText visit(Operation.CreateTable op) {
    text.begin("CreateTable").key("table");
    table(op.table());
    return text.end();
  }

  @Override
  public CanonicalText visit(Operation.DropTable op) {
    text.begin("DropTable").key("table");
    table(op.table());
    return text.end();
  }

  @Override
  public CanonicalText visit(Operation.RenameTable op) {
    text.begin("RenameTable").key("from");
    name(op.from());
    return text.string("to", op.to()).end();
  }

  @Override
  public CanonicalText visit(Operation.SetTableComment op) {
    text.begin("SetTableComment").key("table");
    name(op.table());
    return text.string("from", op.from()).string("to", op.to()).end();
  }

  @Override
  public CanonicalText visit(Operation.AddColumn op) {
    text.begin("AddColumn").key("table");
    name(op.table());
    text.key("column");
    column(op.column());
    return text.end();
  }

  @Override
  public CanonicalText visit(Operation.DropColumn op) {
    text.begin("DropColumn").key("table");
    name(op.table());
    text.key("column");
    column(op.column());
    return text.end();
  }

  @Override
  public CanonicalText visit(Operation.RenameColumn op) {
    text.begin("RenameColumn").key("table");
    name(op.table());
    return text.string("from", op.from()).string("to", op.to()).end();
  }

  @Override
  public CanonicalText visit(Operation.AlterColumnType op) {
    text.begin("AlterColumnType").key("table");
    name(op.table());
    text.string("column", op.column()).key("from");
    type(op.from());
    text.key("to");
    type(op.to());
    return text.string("using", op.using()).end();
  }

  @Override
  public CanonicalText visit(Operation.AlterColumnNullability op) {
    text.begin("AlterColumnNullability").key("table");
    name(op.table());
    text.string("column", op.column()).flag("nullable", op.nullable());
    return online(op.online()).end();
  }

  @Override
  public CanonicalText visit(Operation.AlterColumnDefault op) {
    text.begin("AlterColumnDefault").key("table");
    name(op.table());
    return text.string("column", op.column()).string("from", op.from()).string("to", op.to()).end();
  }

  @Override
  public CanonicalText visit(Operation.AlterColumnIdentity op) {
    text.begin("AlterColumnIdentity").key("table");
    name(op.table());
    text.string("column", op.column())
        .word("from", identity(op.from()))
        .word("to", identity(op.to()));
    if (op.sequence() != null) {
      // Encoded only when present, so that the checksums of released identity changes stay as they were.
      text.key("sequence");
      name(op.sequence());
    }
    return text.end();
  }

  @Override
  public CanonicalText visit(Operation.SetColumnComment op) {
    text.begin("SetColumnComment").key("table");
    name(op.table());
    return text.string("column", op.column()).string("from", op.from()).string("to", op.to()).end();
  }

  @Override
  public CanonicalText visit(Operation.AddPrimaryKey op) {
    text.begin("AddPrimaryKey").key("table");
    name(op.table());
    text.key("primaryKey");
    primaryKey(op.primaryKey());
    return text.end();
  }

  @Override
  public CanonicalText visit(Operation.DropPrimaryKey op) {
    text.begin("DropPrimaryKey").key("table");
    name(op.table());
    text.key("primaryKey");
    primaryKey(op.primaryKey());
    return text.end();
  }

  @Override
  public CanonicalText visit(Operation.AddUniqueConstraint op) {
    text.begin("AddUniqueConstraint").key("table");
    name(op.table());
    text.key("constraint");
    unique(op.constraint());
    return online(op.online()).end();
  }

  @Override
  public CanonicalText visit(Operation.DropUniqueConstraint op) {
    text.begin("DropUniqueConstraint").key("table");
    name(op.table());
    text.key("constraint");
    unique(op.constraint());
    return text.end();
  }

  @Override
  public CanonicalText visit(Operation.AddForeignKey op) {
    text.begin("AddForeignKey").key("table");
    name(op.table());
    text.key("foreignKey");
    foreignKey(op.foreignKey());
    return online(op.online()).end();
  }

  @Override
  public CanonicalText visit(Operation.DropForeignKey op) {
    text.begin("DropForeignKey").key("table");
    name(op.table());
    text.key("foreignKey");
    foreignKey(op.foreignKey());
    return text.end();
  }

  @Override
  public CanonicalText visit(Operation.AddCheckConstraint op) {
    text.begin("AddCheckConstraint").key("table");
    name(op.table());
    text.key("check");
    check(op.check());
    return online(op.online()).end();
  }

  @Override
  public CanonicalText visit(Operation.DropCheckConstraint op) {
    text.begin("DropCheckConstraint").key("table");
    name(op.table());
    text.key("check");
    check(op.check());
    return text.end();
  }

  @Override
  public CanonicalText visit(Operation.CreateIndex op) {
    text.begin("CreateIndex").key("table");
    name(op.table());
    text.key("index");
    index(op.index());
    return text.flag("concurrently", op.concurrently()).end();
  }

  @Override
  public CanonicalText visit(Operation.DropIndex op) {
    text.begin("DropIndex").key("table");
    name(op.table());
    text.key("index");
    index(op.index());
    return text.flag("concurrently", op.concurrently()).end();
  }

  @Override
  public CanonicalText visit(Operation.CreateSequence op) {
    text.begin("CreateSequence").key("sequence");
    sequence(op.sequence());
    return text.end();
  }

  @Override
  public CanonicalText visit(Operation.AlterSequence op) {
    text.begin("AlterSequence").key("from");
    sequence(op.from());
    text.key("to");
    sequence(op.to());
    return text.end();
  }

  @Override
  public CanonicalText visit(Operation.DropSequence op) {
    text.begin("DropSequence").key("sequence");
    sequence(op.sequence());
    return text.end();
  }

  @Override
  public CanonicalText visit(Operation.CreateEnumType op) {
    text.begin("CreateEnumType").key("type");
    enumType(op.type());
    return text.end();
  }

  @Override
  public CanonicalText visit(Operation.DropEnumType op) {
    text.begin("DropEnumType").key("type");
    enumType(op.type());
    return text.end();
  }

  @Override
  public CanonicalText visit(Operation.AddEnumValue op) {
    text.begin("AddEnumValue").key("type");
    enumType(op.type());
    return text.string("value", op.value()).string("after", op.after()).end();
  }

  @Override
  public CanonicalText visit(Operation.DropEnumValue op) {
    text.begin("DropEnumValue").key("type");
    enumType(op.type());
    return text.string("value", op.value()).end();
  }

  @Override
  public CanonicalText visit(Operation.Execute op) {
    return text.begin("Execute").string("sql", op.sql()).end();
  }

  @Override
  public CanonicalText visit(Operation.RunJava op) {
    // Compiled code has no stable text; the step's description stands for its callback.
    return text.begin("RunJava").string("description", op.description()).end();
  }

  // Model values inside operations.

  private void table(Table table) {
    text.begin("Table").key("name");
    name(table.name());
    text.list("columns", table.columns(), this::column);
    if (table.primaryKey() == null) {
      text.absent("primaryKey");
    } else {
      text.key("primaryKey");
      primaryKey(table.primaryKey());
    }
    text.list("uniqueConstraints", table.uniqueConstraints(), this::unique)
        .list("indexes", table.indexes(), this::index)
        .list("foreignKeys", table.foreignKeys(), this::foreignKey)
        .list("checks", table.checks(), this::check)
        .string("comment", table.comment())
        .end();
  }

  private void column(Column column) {
    text.begin("Column").string("name", column.name()).key("type");
    type(column.type());
    text.flag("nullable", column.nullable())
        .string("defaultValue", column.defaultValue())
        .word("identity", identity(column.identity()))
        .string("comment", column.comment())
        .end();
  }

  /**
   * The online form's flag, written only when set: an operation in its plain form encodes as it did
   * before online forms existed, so that no applied migration changes its checksum.
   */
  private CanonicalText online(boolean online) {
    return online ? text.flag("online", true) : text;
  }

  private void name(QualifiedName name) {
    text.begin("QualifiedName").string("schema", name.schema()).string("name", name.name()).end();
  }

  private void primaryKey(PrimaryKey key) {
    text.begin("PrimaryKey").string("name", key.name()).strings("columns", key.columns()).end();
  }

  private void unique(UniqueConstraint unique) {
    text.begin("UniqueConstraint").string("name", unique.name()).strings("columns", unique.columns()).end();
  }

  private void index(Index index) {
    text.begin("Index").string("name", index.name())
        .list("columns", index.columns(), this::indexColumn)
        .flag("unique", index.unique())
        .string("where", index.where())
        .end();
  }

  private void indexColumn(IndexColumn column) {
    text.begin("IndexColumn").string("column", column.column()).flag("descending", column.descending()).end();
  }

  private void foreignKey(ForeignKey key) {
    text.begin("ForeignKey").string("name", key.name()).strings("columns", key.columns()).key("referencedTable");
    name(key.referencedTable());
    text.strings("referencedColumns", key.referencedColumns())
        .word("onDelete", action(key.onDelete()))
        .word("onUpdate", action(key.onUpdate()))
        .end();
  }

  private void check(CheckConstraint check) {
    text.begin("CheckConstraint").string("name", check.name()).string("expression", check.expression()).end();
  }

  private void sequence(Sequence sequence) {
    text.begin("Sequence").key("name");
    name(sequence.name());
    text.number("start", sequence.start())
        .number("increment", sequence.increment())
        .optionalNumber("minValue", sequence.minValue())
        .optionalNumber("maxValue", sequence.maxValue())
        .number("cache", sequence.cache())
        .flag("cycle", sequence.cycle())
        .end();
  }

  private void enumType(EnumType type) {
    text.begin("EnumType").key("name");
    name(type.name());
    text.strings("values", type.values()).end();
  }

  private void type(ColumnType type) {
    type.accept(this);
  }

  private static String identity(Identity identity) {
    return switch (identity) {
      case NONE -> "NONE";
      case BY_DEFAULT -> "BY_DEFAULT";
      case ALWAYS -> "ALWAYS";
    };
  }

  private static String action(ReferentialAction action) {
    return switch (action) {
      case NO_ACTION -> "NO_ACTION";
      case RESTRICT -> "RESTRICT";
      case CASCADE -> "CASCADE";
      case SET_NULL -> "SET_NULL";
      case SET_DEFAULT -> "SET_DEFAULT";
    };
  }

  private static String intKind(ColumnType.IntKind kind) {
    return switch (kind) {
      case SMALLINT -> "SMALLINT";
      case INTEGER -> "INTEGER";
      case BIGINT -> "BIGINT";
    };
  }

  // Logical column types.

  @Override
  public CanonicalText visitVarchar(ColumnType.Varchar type) {
    return text.begin("Varchar").optionalNumber("length", type.length()).end();
  }

  @Override
  public CanonicalText visitChar(ColumnType.Char type) {
    return text.begin("Char").number("length", type.length()).end();
  }

  @Override
  public CanonicalText visitText(ColumnType.Text type) {
    return text.begin("Text").end();
  }

  @Override
  public CanonicalText visitInt(ColumnType.Int type) {
    return text.begin("Int").word("kind", intKind(type.kind())).end();
  }

  @Override
  public CanonicalText visitNumeric(ColumnType.Numeric type) {
    return text.begin("Numeric").optionalNumber("precision", type.precision()).optionalNumber("scale", type.scale()).end();
  }

  @Override
  public CanonicalText visitFloating(ColumnType.Floating type) {
    return text.begin("Floating").flag("doublePrecision", type.doublePrecision()).end();
  }

  @Override
  public CanonicalText visitBool(ColumnType.Bool type) {
    return text.begin("Bool").end();
  }

  @Override
  public CanonicalText visitDate(ColumnType.Date type) {
    return text.begin("Date").end();
  }

  @Override
  public CanonicalText visitTime(ColumnType.Time type) {
    return text.begin("Time").optionalNumber("precision", type.precision()).flag("withTimeZone", type.withTimeZone()).end();
  }

  @Override
  public CanonicalText visitTimestamp(ColumnType.Timestamp type) {
    return text.begin("Timestamp").optionalNumber("precision", type.precision())
        .flag("withTimeZone", type.withTimeZone()).end();
  }

  @Override
  public CanonicalText visitInterval(ColumnType.Interval type) {
    return text.begin("Interval").optionalNumber("precision", type.precision()).end();
  }

  @Override
  public CanonicalText visitUuid(ColumnType.Uuid type) {
    return text.begin("Uuid").end();
  }

  @Override
  public CanonicalText visitBytes(ColumnType.Bytes type) {
    return text.begin("Bytes").end();
  }

  @Override
  public CanonicalText visitJson(ColumnType.Json type) {
    return text.begin("Json").flag("binary", type.binary()).end();
  }

  @Override
  public CanonicalText visitNativeEnum(ColumnType.NativeEnum type) {
    text.begin("NativeEnum").key("type");
    name(type.type());
    return text.end();
  }

  @Override
  public CanonicalText visitRaw(ColumnType.Raw type) {
    return text.begin("Raw").string("definition", type.definition()).end();
  }
}
