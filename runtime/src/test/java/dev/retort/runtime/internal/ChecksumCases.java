package dev.retort.runtime.internal;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ColumnType.IntKind;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named operations that together cover every operation kind, every logical column type, every
 * default, identity, referential action, index, sequence and enum variant, and every character
 * the string encoding escapes: the inputs whose checksums {@code checksums-v1.golden} pins.
 */
final class ChecksumCases {

  private static final QualifiedName VEHICLES = QualifiedName.of("vehicles");
  private static final QualifiedName BILLING_INVOICES = QualifiedName.of("billing", "invoices");
  private static final QualifiedName STATUS = QualifiedName.of("billing", "invoice_status");

  private ChecksumCases() {}

  /**
   * The online forms, added after version 1 was frozen: each encodes as its plain form plus
   * {@code online=true}. Apart from {@link #all()}, whose whole-migration checksums are frozen.
   */
  static Map<String, Operation> onlineForms() {
    Map<String, Operation> cases = new LinkedHashMap<>();
    cases.put("online.setNotNull", new Operation.AlterColumnNullability(VEHICLES, "vin", false, true));
    cases.put("online.addUniqueConstraint", new Operation.AddUniqueConstraint(VEHICLES,
        new UniqueConstraint("uk_vehicles_vin", List.of("vin")), true));
    cases.put("online.addForeignKey", new Operation.AddForeignKey(QualifiedName.of("trips"),
        ForeignKey.of("fk_trips_vehicle", List.of("vehicle_id"), VEHICLES, List.of("id")), true));
    cases.put("online.addCheckConstraint", new Operation.AddCheckConstraint(VEHICLES,
        new CheckConstraint("ck_vehicles_year", "year between 1900 and 2100"), true));
    return cases;
  }

  /** The identity change that hands a column to a sequence, added after version 1 with a field encoded only when set. */
  static Map<String, Operation> identityHandedToSequence() {
    return Map.of("identityHandedToSequence", new Operation.AlterColumnIdentity(VEHICLES, "id", Identity.BY_DEFAULT,
        Identity.NONE, QualifiedName.of("fleet", "vehicle_ids")));
  }

  /** Every case, by a name that says what it covers, in a stable order. */
  static Map<String, Operation> all() {
    Map<String, Operation> cases = new LinkedHashMap<>();
    cases.put("createSchema", new Operation.CreateSchema("billing"));
    cases.put("dropSchema", new Operation.DropSchema("billing"));
    cases.put("createTable.everyPart", new Operation.CreateTable(everyPartTable()));
    cases.put("createTable.bare", new Operation.CreateTable(Table.named(QualifiedName.of("empty"))));
    cases.put("dropTable", new Operation.DropTable(everyPartTable()));
    cases.put("renameTable", new Operation.RenameTable(BILLING_INVOICES, "bills"));
    cases.put("setTableComment.set", new Operation.SetTableComment(VEHICLES, null, "cars and vans"));
    cases.put("setTableComment.remove", new Operation.SetTableComment(VEHICLES, "cars and vans", null));
    cases.put("addColumn", new Operation.AddColumn(VEHICLES, Column.of("color", new ColumnType.Varchar(32))));
    cases.put("dropColumn", new Operation.DropColumn(BILLING_INVOICES,
        Column.of("total", new ColumnType.Numeric(12, 2)).notNull().defaultValue("0").comment("in cents")));
    cases.put("renameColumn", new Operation.RenameColumn(VEHICLES, "phone", "mobile"));
    cases.put("alterColumnType.withUsing", new Operation.AlterColumnType(VEHICLES, "year",
        new ColumnType.Varchar(4), new ColumnType.Int(IntKind.INTEGER), "year::integer"));
    cases.put("alterColumnType.withoutUsing", new Operation.AlterColumnType(VEHICLES, "vin",
        new ColumnType.Varchar(17), new ColumnType.Text(), null));
    cases.put("alterColumnNullability.setNotNull", new Operation.AlterColumnNullability(VEHICLES, "vin", false));
    cases.put("alterColumnNullability.dropNotNull", new Operation.AlterColumnNullability(VEHICLES, "vin", true));
    cases.put("alterColumnDefault.set", new Operation.AlterColumnDefault(VEHICLES, "status", null, "'active'"));
    cases.put("alterColumnDefault.change", new Operation.AlterColumnDefault(VEHICLES, "created", "now()", "CURRENT_TIMESTAMP"));
    cases.put("alterColumnDefault.drop", new Operation.AlterColumnDefault(VEHICLES, "status", "'active'", null));
    cases.put("alterColumnIdentity.add", new Operation.AlterColumnIdentity(VEHICLES, "id", Identity.NONE, Identity.BY_DEFAULT));
    cases.put("alterColumnIdentity.always", new Operation.AlterColumnIdentity(VEHICLES, "id", Identity.BY_DEFAULT, Identity.ALWAYS));
    cases.put("setColumnComment", new Operation.SetColumnComment(VEHICLES, "vin", "old", "vehicle identification number"));
    cases.put("addPrimaryKey", new Operation.AddPrimaryKey(VEHICLES, new PrimaryKey("vehicles_pkey", List.of("id"))));
    cases.put("dropPrimaryKey.composite", new Operation.DropPrimaryKey(BILLING_INVOICES,
        new PrimaryKey("invoices_pkey", List.of("tenant", "number"))));
    cases.put("addUniqueConstraint", new Operation.AddUniqueConstraint(VEHICLES,
        new UniqueConstraint("uk_vehicles_vin", List.of("vin"))));
    cases.put("dropUniqueConstraint", new Operation.DropUniqueConstraint(VEHICLES,
        new UniqueConstraint("uk_vehicles_plate", List.of("country", "plate"))));
    cases.put("addForeignKey.noAction", new Operation.AddForeignKey(QualifiedName.of("trips"),
        ForeignKey.of("fk_trips_vehicle", List.of("vehicle_id"), VEHICLES, List.of("id"))));
    cases.put("addForeignKey.cascadeSetNull", new Operation.AddForeignKey(QualifiedName.of("trips"),
        ForeignKey.of("fk_trips_driver", List.of("driver_id"), QualifiedName.of("hr", "drivers"), List.of("id"))
            .onDelete(ReferentialAction.CASCADE).onUpdate(ReferentialAction.SET_NULL)));
    cases.put("dropForeignKey.restrictSetDefault", new Operation.DropForeignKey(BILLING_INVOICES,
        ForeignKey.of("fk_invoices_customer", List.of("tenant", "customer"), QualifiedName.of("billing", "customers"),
            List.of("tenant", "id")).onDelete(ReferentialAction.RESTRICT).onUpdate(ReferentialAction.SET_DEFAULT)));
    cases.put("addCheckConstraint", new Operation.AddCheckConstraint(VEHICLES,
        new CheckConstraint("ck_vehicles_year", "year between 1900 and 2100")));
    cases.put("dropCheckConstraint.enumCheck", new Operation.DropCheckConstraint(VEHICLES,
        new CheckConstraint("vehicles_kind_check", "kind in ('CAR','VAN')")));
    cases.put("createIndex.plain", new Operation.CreateIndex(VEHICLES, Index.of("ix_vehicles_year", "year"), false));
    cases.put("createIndex.uniquePartialDescendingConcurrently", new Operation.CreateIndex(VEHICLES,
        new Index("ux_vehicles_plate", List.of(IndexColumn.asc("country"), IndexColumn.desc("plate")), true, "deleted_at IS NULL"),
        true));
    cases.put("dropIndex", new Operation.DropIndex(VEHICLES, Index.of("ix_vehicles_make", "make", "model"), false));
    cases.put("dropIndex.concurrently", new Operation.DropIndex(VEHICLES, Index.of("ix_vehicles_make", "make").asUnique(), true));
    cases.put("createSequence.defaults", new Operation.CreateSequence(Sequence.of(QualifiedName.of("vehicles_seq"), 1, 50)));
    cases.put("createSequence.everyOption", new Operation.CreateSequence(
        Sequence.of(QualifiedName.of("billing", "invoice_numbers"), -1, -1).bounds(Long.MIN_VALUE, -1L).cache(20).cycling()));
    cases.put("alterSequence", new Operation.AlterSequence(Sequence.of(QualifiedName.of("vehicles_seq"), 1, 1),
        Sequence.of(QualifiedName.of("vehicles_seq"), 1, 50).bounds(1L, Long.MAX_VALUE)));
    cases.put("dropSequence", new Operation.DropSequence(Sequence.of(QualifiedName.of("vehicles_seq"), 100, 1)));
    cases.put("createEnumType", new Operation.CreateEnumType(new EnumType(STATUS, List.of("draft", "sent", "paid"))));
    cases.put("dropEnumType.empty", new Operation.DropEnumType(new EnumType(QualifiedName.of("mood"), List.of())));
    cases.put("addEnumValue.after", new Operation.AddEnumValue(new EnumType(STATUS, List.of("draft", "paid")), "sent", "draft"));
    cases.put("addEnumValue.first", new Operation.AddEnumValue(new EnumType(STATUS, List.of("draft")), "new", null));
    cases.put("dropEnumValue", new Operation.DropEnumValue(new EnumType(STATUS, List.of("draft", "sent", "paid")), "sent"));
    cases.put("execute", new Operation.Execute("UPDATE users SET status = 'active' WHERE deleted_at IS NULL"));
    cases.put("execute.escapedCharacters", new Operation.Execute(
        "INSERT INTO notes VALUES ('say \"hi\"', 'C:\\temp', E'a\\nb')\r\n-- tab:\t, non-ASCII: Zürich \u20ac \uD83D\uDE97"));
    cases.put("runJava", new Operation.RunJava("backfill \"plates\" from the registry", connection -> {}));
    for (ColumnType type : everyColumnType()) {
      cases.put("addColumn.type." + describe(type), new Operation.AddColumn(VEHICLES, Column.of("c", type)));
    }
    return cases;
  }

  /** One table holding every part a table can have: every identity, a default, a comment, keys, indexes, checks. */
  private static Table everyPartTable() {
    return Table.named(BILLING_INVOICES)
        .withColumn(Column.of("id", new ColumnType.Int(IntKind.BIGINT)).generatedAsIdentity())
        .withColumn(Column.of("number", new ColumnType.Int(IntKind.INTEGER)).generatedAs(Identity.ALWAYS))
        .withColumn(Column.of("tenant", new ColumnType.Varchar(null)).notNull())
        .withColumn(Column.of("customer", new ColumnType.Uuid()))
        .withColumn(Column.of("status", new ColumnType.NativeEnum(STATUS)).notNull().defaultValue("'draft'"))
        .withColumn(Column.of("issued", new ColumnType.Timestamp(6, true)).defaultValue("now()").comment("when \"sent\""))
        .withPrimaryKey(new PrimaryKey("invoices_pkey", List.of("id")))
        .withUniqueConstraints(List.of(new UniqueConstraint("uk_invoices_number", List.of("tenant", "number"))))
        .withIndexes(List.of(Index.of("ix_invoices_issued", "issued"),
            new Index("ix_invoices_customer", List.of(IndexColumn.desc("customer")), false, "status <> 'paid'")))
        .withForeignKeys(List.of(ForeignKey.of("fk_invoices_customer", List.of("customer"), QualifiedName.of("customers"),
            List.of("id")).onDelete(ReferentialAction.CASCADE)))
        .withChecks(List.of(new CheckConstraint("ck_invoices_tenant", "tenant <> ''")))
        .withComment("one row per invoice");
  }

  /** Every logical type, and every variant of its parameters (null and non-null, both flags). */
  private static List<ColumnType> everyColumnType() {
    return List.of(
        new ColumnType.Varchar(17), new ColumnType.Varchar(null),
        new ColumnType.Char(2),
        new ColumnType.Text(),
        new ColumnType.Int(IntKind.SMALLINT), new ColumnType.Int(IntKind.INTEGER), new ColumnType.Int(IntKind.BIGINT),
        new ColumnType.Numeric(null, null), new ColumnType.Numeric(10, null), new ColumnType.Numeric(19, 4),
        new ColumnType.Floating(false), new ColumnType.Floating(true),
        new ColumnType.Bool(),
        new ColumnType.Date(),
        new ColumnType.Time(null, false), new ColumnType.Time(3, true),
        new ColumnType.Timestamp(null, false), new ColumnType.Timestamp(0, true),
        new ColumnType.Interval(null), new ColumnType.Interval(6),
        new ColumnType.Uuid(),
        new ColumnType.Bytes(),
        new ColumnType.Json(false), new ColumnType.Json(true),
        new ColumnType.NativeEnum(QualifiedName.of("mood")), new ColumnType.NativeEnum(STATUS),
        new ColumnType.Raw("geometry(Point, 4326)"));
  }

  /** A case-name suffix for a type: its kind and parameters, e.g. {@code Numeric.19.4}. */
  private static String describe(ColumnType type) {
    String components = type.toString();
    String kind = type.getClass().getSimpleName();
    String parameters = components.substring(components.indexOf('[') + 1, components.length() - 1)
        .replaceAll("[a-zA-Z]+=", "").replace(", ", ".").replaceAll("[^A-Za-z0-9_.]", "_");
    return parameters.isEmpty() ? kind : kind + "." + parameters;
  }
}
