package dev.retort.render.java;

import static dev.retort.migration.Definitions.asc;
import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.bool;
import static dev.retort.migration.Definitions.bytea;
import static dev.retort.migration.Definitions.character;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.date;
import static dev.retort.migration.Definitions.desc;
import static dev.retort.migration.Definitions.doublePrecision;
import static dev.retort.migration.Definitions.enumType;
import static dev.retort.migration.Definitions.foreignKey;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.integer;
import static dev.retort.migration.Definitions.interval;
import static dev.retort.migration.Definitions.json;
import static dev.retort.migration.Definitions.jsonb;
import static dev.retort.migration.Definitions.nativeEnum;
import static dev.retort.migration.Definitions.numeric;
import static dev.retort.migration.Definitions.raw;
import static dev.retort.migration.Definitions.real;
import static dev.retort.migration.Definitions.sequence;
import static dev.retort.migration.Definitions.smallint;
import static dev.retort.migration.Definitions.table;
import static dev.retort.migration.Definitions.text;
import static dev.retort.migration.Definitions.time;
import static dev.retort.migration.Definitions.timeTz;
import static dev.retort.migration.Definitions.timestamp;
import static dev.retort.migration.Definitions.timestampTz;
import static dev.retort.migration.Definitions.uuid;
import static dev.retort.migration.Definitions.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.Inverses;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationVisitor;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles the rendered source, runs its bodies on a fresh {@link Operations} and checks that they
 * record exactly the operations the source was rendered from: equal records prove that every
 * field made it into the code.
 */
class MigrationWriterRoundTripTest {

  private static final QualifiedName DRIVERS = QualifiedName.of("drivers");
  private static final QualifiedName INVOICES = QualifiedName.of("billing", "invoices");
  private static final String TRICKY = "it's \"quoted\", back\\slash \\u000a, tab\t, dollar $L $S, "
      + "end */ of comment, caf\u00e9 \u65e5\u672c \ud83d\ude9a, bell \u0007, separator \u2028, line\nbreak\r\nend";

  @TempDir
  Path temp;

  static List<RenderCases.Case> cases() {
    return RenderCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theCompiledMigrationRecordsExactlyTheOperationsItWasRenderedFrom(RenderCases.Case example) throws Exception {
    assertRoundTrip(example.source());
  }

  @Test
  void everyRenderableOperationKindSurvivesTheRoundTripWithAllItsFields() throws Exception {
    List<Operation> upgrade = everyKind();
    Set<String> kinds = upgrade.stream().map(op -> op.getClass().getSimpleName()).collect(Collectors.toCollection(TreeSet::new));
    Set<String> renderable = Arrays.stream(OperationVisitor.class.getMethods())
        .map(Method::getParameterTypes).map(p -> p[0].getSimpleName())
        .filter(name -> !name.equals("RunJava"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(32, renderable.size());
    assertEquals(renderable, kinds, "the test must cover every renderable operation kind");

    List<Operation> reversible = upgrade.stream().filter(Operation::reversible).toList();
    List<Operation> downgrade = new ArrayList<>();
    downgrade.add(new Operation.Execute("DELETE FROM audit WHERE note = '" + TRICKY + "'"));
    downgrade.addAll(Inverses.of(reversible));
    MigrationNames.Name name = MigrationNames.of(LocalDateTime.of(2027, 1, 2, 3, 4), "every kind");
    Revision revision = Revision.merge(name.revisionId(), List.of("a", "b", "c"), TRICKY).nonTransactional();
    assertRoundTrip(new MigrationSource("com.example.all", name.className(), revision, TRICKY, upgrade, downgrade));
  }

  @Test
  void aMigrationInTheUnnamedPackageWithEmptyBodiesCompilesAndRecordsNothing() throws Exception {
    MigrationSource source = new MigrationSource("", "V20270101_0000__data", Revision.of("20270101_0000_data", "x", ""),
        "", List.of(), List.of());
    assertRoundTrip(source);
    assertTrue(MigrationWriter.render(source).contains("// Write the data migration here, e.g. op.execute(\"UPDATE ...\");"));
  }

  @Test
  void aJavaStepCannotBeRenderedAndSaysWhy() {
    MigrationSource source = new MigrationSource("p", "V1", Revision.base("r1", "java"),
        "java", List.of(new Operation.RunJava("backfill names", connection -> { })), List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MigrationWriter.render(source));
    assertTrue(e.getMessage().contains("backfill names"), e.getMessage());
  }

  @Test
  void destructiveStepsAreFlaggedByALineCommentRightAboveThem() {
    String code = MigrationWriter.render(RenderCases.dropColumnAndRenameTable().source());
    assertTrue(code.contains("    // DESTRUCTIVE: drops column active of drivers and its data\n"
        + "    op.dropColumn(\"drivers\", "), code);
  }

  private void assertRoundTrip(MigrationSource source) throws Exception {
    String code = MigrationWriter.render(source);
    Migration migration = SourceCompiler.compileAndInstantiate(source, code, temp);
    Operations up = new Operations();
    migration.upgrade(up);
    Operations down = new Operations();
    migration.downgrade(down);
    assertEquals(source.revision(), migration.revision(), "revision()\n" + code);
    assertEquals(source.upgrade(), up.operations(), "upgrade\n" + code);
    assertEquals(source.downgrade(), down.operations(), "downgrade\n" + code);
  }

  /** One operation of every renderable kind, with fields away from their defaults wherever there are any. */
  static List<Operation> everyKind() {
    Table invoices = Table.named(INVOICES)
        .withColumn(column("id", bigint()).generatedAs(Identity.ALWAYS).comment("Invoice number"))
        .withColumn(column("driver_id", bigint()).notNull())
        .withColumn(column("line", smallint()).notNull().defaultValue("1"))
        .withColumn(column("code", character(3)).defaultValue("'EUR'").comment(TRICKY))
        .withColumn(column("note", varchar()))
        .withColumn(column("title", varchar(200)))
        .withColumn(column("body", text()))
        .withColumn(column("qty", integer()))
        .withColumn(column("amount", numeric()))
        .withColumn(column("price", numeric(12, 4)))
        .withColumn(column("weight", real()))
        .withColumn(column("ratio", doublePrecision()))
        .withColumn(column("paid", bool()).notNull().defaultValue("false"))
        .withColumn(column("due", date()))
        .withColumn(column("at_time", time(3)))
        .withColumn(column("at_time_tz", timeTz(0)))
        .withColumn(column("created", timestamp(6)))
        .withColumn(column("created_tz", timestampTz(2)))
        .withColumn(column("plain_time", new ColumnType.Time(null, true)))
        .withColumn(column("plain_timestamp", new ColumnType.Timestamp(null, false)))
        .withColumn(column("span", interval()))
        .withColumn(column("span_ms", interval(3)))
        .withColumn(column("ref", uuid()))
        .withColumn(column("pdf", bytea()))
        .withColumn(column("meta", json()))
        .withColumn(column("meta_b", jsonb()))
        .withColumn(column("state", nativeEnum("billing", "invoice_state")))
        .withColumn(column("kind", nativeEnum("kind")))
        .withColumn(column("geo", raw("geometry(Point, 4326)")))
        .withPrimaryKey(new PrimaryKey("invoices_pkey", List.of("id", "line")))
        .withUniqueConstraints(List.of(new UniqueConstraint("uk_invoices_ref", List.of("ref")),
            new UniqueConstraint("uk_invoices_code_title", List.of("code", "title"))))
        .withIndexes(List.of(index("ix_invoices_due", asc("due"), desc("created")).asUnique().where("paid = false AND note <> 'x'"),
            index("ix_invoices_driver", "driver_id")))
        .withForeignKeys(List.of(
            foreignKey("fk_invoices_driver", "driver_id").references("drivers", "id")
                .onDelete(ReferentialAction.SET_DEFAULT).onUpdate(ReferentialAction.CASCADE),
            foreignKey("fk_invoices_self", "driver_id", "line").references(table("billing", "invoices"), "id", "line")))
        .withChecks(List.of(new CheckConstraint("ck_invoices_qty", "qty > 0 AND note <> '\\'")))
        .withComment(TRICKY);
    Table legacy = Table.named(QualifiedName.of("legacy")).withColumn(column("x", text()));
    Sequence numbers = sequence("billing", "invoice_numbers").startWith(5_000_000_000L).incrementBy(-7)
        .bounds(Long.MIN_VALUE, -1L).cache(20).cycling();
    EnumType states = enumType(QualifiedName.of("billing", "invoice_state"), "DRAFT", "SENT", "PAID");
    EnumType kinds = enumType("kind");
    Column weird = column("weird*/ name\n\\u000a", text()).notNull().defaultValue("'*/'");
    return List.of(
        new Operation.CreateSchema("billing"),
        new Operation.DropSchema("archive"),
        new Operation.CreateEnumType(states),
        new Operation.CreateEnumType(kinds),
        new Operation.CreateTable(invoices),
        new Operation.DropTable(legacy),
        new Operation.RenameTable(QualifiedName.of("billing", "old_invoices"), "older_invoices"),
        new Operation.SetTableComment(INVOICES, null, TRICKY),
        new Operation.AddColumn(DRIVERS, column("badge", integer()).generatedAsIdentity().comment("badge \"no\"")),
        new Operation.DropColumn(INVOICES, weird),
        new Operation.RenameColumn(INVOICES, "title", "subject"),
        new Operation.AlterColumnType(INVOICES, "qty", integer(), numeric(10, 2), "qty::numeric(10, 2)"),
        new Operation.AlterColumnType(DRIVERS, "name", varchar(200), varchar(100), null),
        new Operation.AlterColumnNullability(INVOICES, "note", false),
        new Operation.AlterColumnNullability(DRIVERS, "name", true),
        new Operation.AlterColumnDefault(INVOICES, "due", null, "CURRENT_DATE + 30"),
        new Operation.AlterColumnDefault(INVOICES, "paid", "false", null),
        new Operation.AlterColumnIdentity(DRIVERS, "id", Identity.NONE, Identity.ALWAYS),
        new Operation.SetColumnComment(INVOICES, "body", "old", null),
        new Operation.AddPrimaryKey(DRIVERS, new PrimaryKey("drivers_pkey", List.of("id", "region"))),
        new Operation.DropPrimaryKey(INVOICES, new PrimaryKey("invoices_pkey", List.of("id"))),
        new Operation.AddUniqueConstraint(DRIVERS, new UniqueConstraint("uk_drivers_badge", List.of("badge"))),
        new Operation.DropUniqueConstraint(INVOICES, new UniqueConstraint("uk_old", List.of("a", "b"))),
        new Operation.AddForeignKey(DRIVERS, new ForeignKey("fk_drivers_invoice", List.of("last_invoice"), INVOICES,
            List.of("id"), ReferentialAction.RESTRICT, ReferentialAction.SET_NULL)),
        new Operation.DropForeignKey(INVOICES, foreignKey("fk_old", "x").references("elsewhere", "y")),
        new Operation.AddCheckConstraint(DRIVERS, new CheckConstraint("ck_name", "name ~ '^[A-Z]\\w*$'")),
        new Operation.DropCheckConstraint(INVOICES, new CheckConstraint("ck_old", "true")),
        new Operation.CreateIndex(DRIVERS, index("ix_drivers_name", desc("name"), asc("id")).where("active"), false),
        new Operation.CreateIndex(INVOICES, index("ix_invoices_paid", "paid").asUnique(), true),
        new Operation.DropIndex(INVOICES, index("ix_old", desc("x")).asUnique().where("x > 0"), true),
        new Operation.DropIndex(DRIVERS, index("ix_older", "y"), false),
        new Operation.CreateSequence(numbers),
        new Operation.AlterSequence(numbers, numbers.bounds(null, 10_000L).cache(1).startWith(1)),
        new Operation.DropSequence(sequence("old_seq").bounds(3L, null)),
        new Operation.DropEnumType(enumType("old_enum", "A")),
        new Operation.AddEnumValue(states, "VOID", null),
        new Operation.AddEnumValue(states, "OVERDUE", "SENT"),
        new Operation.AddEnumValue(states, "ARCHIVED", "PAID"),
        new Operation.AddEnumValue(kinds, "FIRST", null),
        new Operation.DropEnumValue(states, "SENT"),
        new Operation.Execute("UPDATE invoices SET note = '" + TRICKY + "'\nWHERE note IS NULL;"));
  }
}
