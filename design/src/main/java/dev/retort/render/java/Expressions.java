package dev.retort.render.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Java expressions that rebuild model records through the {@code Definitions} vocabulary, each of
 * which evaluates to a record equal to the one it was made from.
 *
 * <p>Every use of a {@code Definitions} member is noted so that the file imports exactly the
 * static members it calls: an unused import would be noise in the reviewed source.
 */
final class Expressions {

  static final ClassName DEFINITIONS = ClassName.get("dev.retort.migration", "Definitions");

  private final Set<String> used = new TreeSet<>();

  /** The {@code Definitions} members used so far, sorted. */
  Set<String> usedDefinitions() {
    return used;
  }

  /** {@code member} of {@code Definitions}, rendered as a static import. */
  private CodeBlock def(String member) {
    used.add(member);
    // "$T.member" with the member in the format, not an argument: that is the shape JavaPoet
    // recognises as a use of a static import and then writes as just "member".
    return CodeBlock.of("$T." + member, DEFINITIONS);
  }

  /** A call of a {@code Definitions} member with already rendered arguments. */
  private CodeBlock call(String member, CodeBlock arguments) {
    return CodeBlock.of("$L($L)", def(member), arguments);
  }

  private CodeBlock call(String member) {
    return call(member, CodeBlock.of(""));
  }

  static CodeBlock strings(List<String> values) {
    return values.stream().map(v -> JavaCode.of("$S", v)).collect(CodeBlock.joining(", "));
  }

  /** Strings after a leading argument, for varargs: nothing at all when there are none. */
  private static CodeBlock moreStrings(List<String> values) {
    return values.isEmpty() ? CodeBlock.of("") : CodeBlock.of(", $L", strings(values));
  }

  /**
   * A {@code long} literal; the {@code L} suffix only where an int literal would not do, so that
   * ordinary values read as ordinary numbers.
   */
  static String longLiteral(long value) {
    return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? Long.toString(value) : value + "L";
  }

  /** A {@code Long} argument: int literals do not box to {@code Long}, so the suffix is always there. */
  private static String boxedLong(Long value) {
    return value == null ? "null" : value + "L";
  }

  CodeBlock type(ColumnType type) {
    return type.accept(new TypeExpression());
  }

  CodeBlock column(Column column) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$L", call("column", JavaCode.of("$S, $L", column.name(), type(column.type()))));
    // The identity says which of PostgreSQL's two it is, as the SQL does, so a reviewer need not know the default.
    if (column.identity() == Identity.BY_DEFAULT) {
      code.add(".generatedByDefaultAsIdentity()");
    } else if (column.identity() == Identity.ALWAYS) {
      code.add(".generatedAlwaysAsIdentity()");
    } else if (!column.nullable()) {
      code.add(".notNull()");
    }
    if (column.defaultValue() != null) {
      code.add(JavaCode.of("$Z.defaultValue($S)", column.defaultValue()));
    }
    if (column.comment() != null) {
      code.add(JavaCode.of("$Z.comment($S)", column.comment()));
    }
    return code.build();
  }

  CodeBlock index(Index index) {
    boolean ascending = index.columns().stream().noneMatch(IndexColumn::descending);
    CodeBlock keys;
    if (ascending) {
      keys = strings(index.columns().stream().map(IndexColumn::column).toList());
    } else {
      keys = index.columns().stream()
          .map(c -> call(c.descending() ? "desc" : "asc", JavaCode.of("$S", c.column())))
          .collect(CodeBlock.joining(", "));
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$L", call("index", JavaCode.of("$S, $L", index.name(), keys)));
    if (index.unique()) {
      code.add(".asUnique()");
    }
    if (index.where() != null) {
      code.add(JavaCode.of("$Z.where($S)", index.where()));
    }
    return code.build();
  }

  CodeBlock foreignKey(ForeignKey fk) {
    QualifiedName target = fk.referencedTable();
    // references(String, ...) always means the default schema, whatever schema the builder is in.
    CodeBlock table = target.schema() == null
        ? JavaCode.of("$S", target.name())
        : call("table", JavaCode.of("$S, $S", target.schema(), target.name()));
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$L", call("foreignKey", JavaCode.of("$S$L", fk.name(), moreStrings(fk.columns()))))
        .add("$Z.references($L$L)", table, moreStrings(fk.referencedColumns()));
    if (fk.onDelete() != ReferentialAction.NO_ACTION) {
      code.add("$Z.onDelete($T.$L)", ReferentialAction.class, fk.onDelete().name());
    }
    if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
      code.add("$Z.onUpdate($T.$L)", ReferentialAction.class, fk.onUpdate().name());
    }
    return code.build();
  }

  CodeBlock sequence(Sequence sequence) {
    QualifiedName name = sequence.name();
    CodeBlock.Builder code = CodeBlock.builder().add("$L", call("sequence", qualifiedArguments(name)));
    if (sequence.start() != 1) {
      code.add("$Z.startWith($L)", longLiteral(sequence.start()));
    }
    if (sequence.increment() != 1) {
      code.add("$Z.incrementBy($L)", longLiteral(sequence.increment()));
    }
    if (sequence.minValue() != null || sequence.maxValue() != null) {
      code.add("$Z.bounds($L, $L)", boxedLong(sequence.minValue()), boxedLong(sequence.maxValue()));
    }
    if (sequence.cache() != 1) {
      code.add("$Z.cache($L)", longLiteral(sequence.cache()));
    }
    if (sequence.cycle()) {
      code.add("$Z.cycling()");
    }
    return code.build();
  }

  CodeBlock enumType(EnumType type) {
    QualifiedName name = type.name();
    // Definitions has no enumType(schema, name, values...), so a qualified name is spelled out.
    CodeBlock typeName = name.schema() == null
        ? JavaCode.of("$S", name.name())
        : JavaCode.of("$T.of($S, $S)", QualifiedName.class, name.schema(), name.name());
    return call("enumType", CodeBlock.of("$L$L", typeName, moreStrings(type.values())));
  }

  /** {@code "name"} or {@code "schema", "name"}: the two-overload convention of {@code Definitions}. */
  private static CodeBlock qualifiedArguments(QualifiedName name) {
    return name.schema() == null
        ? JavaCode.of("$S", name.name())
        : JavaCode.of("$S, $S", name.schema(), name.name());
  }

  /**
   * The lambda of {@code createTable} and {@code dropTable}: one builder call per line, in the
   * order a person would write them (columns, keys, indexes, foreign keys, checks, comment).
   */
  CodeBlock tableDefinition(Table table) {
    CodeBlock.Builder code = CodeBlock.builder().add("t -> t");
    for (Column column : table.columns()) {
      code.add("\n.column($L)", column(column));
    }
    if (table.primaryKey() != null) {
      code.add(JavaCode.of("\n.primaryKey($S$L)", table.primaryKey().name(), moreStrings(table.primaryKey().columns())));
    }
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      code.add(JavaCode.of("\n.unique($S$L)", unique.name(), moreStrings(unique.columns())));
    }
    for (Index index : table.indexes()) {
      code.add("\n.index($L)", index(index));
    }
    for (ForeignKey fk : table.foreignKeys()) {
      code.add("\n.foreignKey($L)", foreignKey(fk));
    }
    for (CheckConstraint check : table.checks()) {
      code.add(JavaCode.of("\n.check($S, $S)", check.name(), check.expression()));
    }
    if (table.comment() != null) {
      code.add(JavaCode.of("\n.comment($S)", table.comment()));
    }
    return code.build();
  }

  /** Column types through the {@code Definitions} factories, or a constructor where none exists. */
  private final class TypeExpression implements ColumnType.Visitor<CodeBlock> {

    @Override
    public CodeBlock visitVarchar(ColumnType.Varchar type) {
      return type.length() == null ? call("varchar") : call("varchar", CodeBlock.of("$L", type.length()));
    }

    @Override
    public CodeBlock visitChar(ColumnType.Char type) {
      return call("character", CodeBlock.of("$L", type.length()));
    }

    @Override
    public CodeBlock visitText(ColumnType.Text type) {
      return call("text");
    }

    @Override
    public CodeBlock visitInt(ColumnType.Int type) {
      switch (type.kind()) {
        case SMALLINT:
          return call("smallint");
        case INTEGER:
          return call("integer");
        case BIGINT:
          return call("bigint");
        default:
          throw new IllegalArgumentException("unknown integer kind " + type.kind());
      }
    }

    @Override
    public CodeBlock visitNumeric(ColumnType.Numeric type) {
      return type.precision() == null
          ? call("numeric")
          : call("numeric", CodeBlock.of("$L, $L", type.precision(), type.scale()));
    }

    @Override
    public CodeBlock visitFloating(ColumnType.Floating type) {
      return call(type.doublePrecision() ? "doublePrecision" : "real");
    }

    @Override
    public CodeBlock visitBool(ColumnType.Bool type) {
      return call("bool");
    }

    @Override
    public CodeBlock visitDate(ColumnType.Date type) {
      return call("date");
    }

    @Override
    public CodeBlock visitTime(ColumnType.Time type) {
      String name = type.withTimeZone() ? "timeTz" : "time";
      return type.precision() == null ? call(name) : call(name, CodeBlock.of("$L", type.precision()));
    }

    @Override
    public CodeBlock visitTimestamp(ColumnType.Timestamp type) {
      String name = type.withTimeZone() ? "timestampTz" : "timestamp";
      return type.precision() == null ? call(name) : call(name, CodeBlock.of("$L", type.precision()));
    }

    @Override
    public CodeBlock visitInterval(ColumnType.Interval type) {
      return type.precision() == null ? call("interval") : call("interval", CodeBlock.of("$L", type.precision()));
    }

    @Override
    public CodeBlock visitUuid(ColumnType.Uuid type) {
      return call("uuid");
    }

    @Override
    public CodeBlock visitBytes(ColumnType.Bytes type) {
      return call("bytea");
    }

    @Override
    public CodeBlock visitJson(ColumnType.Json type) {
      return call(type.binary() ? "jsonb" : "json");
    }

    @Override
    public CodeBlock visitNativeEnum(ColumnType.NativeEnum type) {
      return call("nativeEnum", qualifiedArguments(type.type()));
    }

    @Override
    public CodeBlock visitRaw(ColumnType.Raw type) {
      return call("raw", JavaCode.of("$S", type.definition()));
    }
  }
}
