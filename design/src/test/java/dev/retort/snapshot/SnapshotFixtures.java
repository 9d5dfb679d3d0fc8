package dev.retort.snapshot;

import static dev.retort.model.ColumnType.IntKind.BIGINT;
import static dev.retort.model.ColumnType.IntKind.INTEGER;
import static dev.retort.model.ColumnType.IntKind.SMALLINT;

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
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Hand-built snapshots shared by the snapshot tests. */
final class SnapshotFixtures {

  private SnapshotFixtures() {}

  /** One of every column type the model has, with the edge values of each parameter. */
  static List<ColumnType> everyColumnType() {
    return List.of(
        new ColumnType.Varchar(null), new ColumnType.Varchar(1), new ColumnType.Varchar(255),
        new ColumnType.Char(1), new ColumnType.Char(17),
        new ColumnType.Text(),
        new ColumnType.Int(SMALLINT), new ColumnType.Int(INTEGER), new ColumnType.Int(BIGINT),
        new ColumnType.Numeric(null, null), new ColumnType.Numeric(10, null), new ColumnType.Numeric(10, 0),
        new ColumnType.Numeric(12, 2), new ColumnType.Numeric(5, 5),
        new ColumnType.Floating(false), new ColumnType.Floating(true),
        new ColumnType.Bool(), new ColumnType.Date(),
        new ColumnType.Time(null, false), new ColumnType.Time(null, true), new ColumnType.Time(0, false),
        new ColumnType.Time(3, true),
        new ColumnType.Timestamp(null, false), new ColumnType.Timestamp(null, true),
        new ColumnType.Timestamp(6, false), new ColumnType.Timestamp(0, true),
        new ColumnType.Interval(null), new ColumnType.Interval(0), new ColumnType.Interval(6),
        new ColumnType.Uuid(), new ColumnType.Bytes(),
        new ColumnType.Json(false), new ColumnType.Json(true),
        new ColumnType.NativeEnum(QualifiedName.of("fleet", "vehicle_status")),
        new ColumnType.NativeEnum(QualifiedName.of("Mood")),
        new ColumnType.NativeEnum(QualifiedName.of("we.ird", "x\"y z")),
        new ColumnType.Raw("geometry(Point,4326)"),
        new ColumnType.Raw("integer"),
        new ColumnType.Raw(" multi\nline\t\"raw\" \\ "));
  }

  /**
   * A model that exercises every part of the format: every column type, both identity kinds,
   * defaults and comments both absent and empty, every constraint kind and referential action,
   * named schemas, sequences with and without bounds, enum types, and names that need quoting.
   */
  static Snapshot rich() {
    QualifiedName status = QualifiedName.of("fleet", "vehicle_status");
    List<EnumType> enums = List.of(
        new EnumType(status, List.of("ACTIVE", "IN_SERVICE", "RETIRED")),
        new EnumType(QualifiedName.of("Mood"), List.of("happy", "", "it's \"ok\"", "naïve 名前 🚗", "\\")),
        new EnumType(QualifiedName.of("Billing Dept", "empty"), List.of()));

    List<Sequence> sequences = List.of(
        Sequence.of(QualifiedName.of("fleet", "driver_seq"), 1, 50),
        new Sequence(QualifiedName.of("countdown"), -5, -1, -100L, -1L, 20, true),
        Sequence.of(QualifiedName.of("min_only"), 0, 1).bounds(0L, null),
        Sequence.of(QualifiedName.of("max_only"), 1, 1).bounds(null, Long.MAX_VALUE).cache(1000),
        Sequence.of(QualifiedName.of("extremes"), Long.MIN_VALUE, Long.MAX_VALUE).bounds(Long.MIN_VALUE, Long.MAX_VALUE));

    List<Column> typed = new ArrayList<>();
    List<ColumnType> types = everyColumnType();
    for (int i = 0; i < types.size(); i++) {
      typed.add(Column.of("c" + i, types.get(i)));
    }
    Table everyType = new Table(QualifiedName.of("every_type"), typed, null, List.of(), List.of(), List.of(),
        List.of(), null);

    Table drivers = Table.named(QualifiedName.of("fleet", "driver"))
        .withColumn(Column.of("id", new ColumnType.Int(BIGINT)).generatedAs(Identity.ALWAYS))
        .withColumn(Column.of("name", new ColumnType.Varchar(255)).notNull())
        .withPrimaryKey(new PrimaryKey("driver_pkey", List.of("id")))
        .withComment("");

    Table vehicles = Table.named(QualifiedName.of("fleet", "vehicle"))
        .withColumn(Column.of("id", new ColumnType.Int(BIGINT)).generatedAsIdentity().comment("surrogate key"))
        .withColumn(Column.of("vin", new ColumnType.Char(17)).notNull().comment(""))
        .withColumn(Column.of("status", new ColumnType.NativeEnum(status)).notNull()
            .defaultValue("'ACTIVE'::fleet.vehicle_status"))
        .withColumn(Column.of("note", new ColumnType.Text()).defaultValue(""))
        .withColumn(Column.of("driver_id", new ColumnType.Int(BIGINT)))
        .withColumn(Column.of("co_driver_id", new ColumnType.Int(BIGINT)))
        .withColumn(Column.of("fleet_no", new ColumnType.Int(INTEGER)).notNull().defaultValue("0"))
        .withColumn(Column.of("region", new ColumnType.Varchar(8)).notNull().defaultValue("'EU'"))
        .withPrimaryKey(new PrimaryKey("vehicle_pkey", List.of("id")))
        .withUniqueConstraints(List.of(
            new UniqueConstraint("uk_vehicle_vin", List.of("vin")),
            new UniqueConstraint("uk_vehicle_fleet_region", List.of("region", "fleet_no"))))
        .withIndexes(List.of(
            Index.of("ix_vehicle_status", "status"),
            new Index("ix_vehicle_driver", List.of(IndexColumn.asc("driver_id"), IndexColumn.desc("id")), false,
                "driver_id IS NOT NULL"),
            Index.of("ux_vehicle_vin_lower", "vin").asUnique().where(""),
            new Index("ix_vehicle_desc", List.of(IndexColumn.desc("fleet_no")), true, null)))
        .withForeignKeys(List.of(
            ForeignKey.of("fk_vehicle_driver", List.of("driver_id"), QualifiedName.of("fleet", "driver"), List.of("id"))
                .onDelete(ReferentialAction.SET_NULL).onUpdate(ReferentialAction.CASCADE),
            ForeignKey.of("fk_vehicle_co_driver", List.of("co_driver_id"), QualifiedName.of("fleet", "driver"),
                List.of("id")).onDelete(ReferentialAction.RESTRICT),
            ForeignKey.of("fk_vehicle_fleet", List.of("fleet_no", "region"), QualifiedName.of("Fleets"),
                List.of("no", "Region")).onUpdate(ReferentialAction.SET_DEFAULT),
            ForeignKey.of("fk_vehicle_self", List.of("id"), QualifiedName.of("fleet", "vehicle"), List.of("id"))
                .onDelete(ReferentialAction.CASCADE)))
        .withChecks(List.of(
            new CheckConstraint("ck_vehicle_vin", "length(vin) = 17"),
            new CheckConstraint("ck_vehicle_status", "status IN ('ACTIVE', 'IN_SERVICE')")))
        .withComment("Cars and vans.\nOne row per vehicle; \"retired\" ones stay.");

    String odd = "wéird \"name\" with\\back.slash\ttab";
    Table weird = Table.named(QualifiedName.of("we.ird", odd))
        .withColumn(Column.of("", new ColumnType.Text()))
        .withColumn(Column.of("Order", new ColumnType.Int(INTEGER)).notNull())
        .withColumn(Column.of("primary", new ColumnType.Bool()))
        .withColumn(Column.of("comment", new ColumnType.Text()).comment("named like a keyword"))
        .withColumn(Column.of("select", new ColumnType.Text()))
        .withColumn(Column.of(" spaced ", new ColumnType.Text()).defaultValue(" padded "))
        .withColumn(Column.of("名前", new ColumnType.Text()).comment("名前 🚗 \u2028 \u202E \u0000 \uD800"))
        .withColumn(Column.of("a.b", new ColumnType.Text()))
        .withColumn(Column.of("none", new ColumnType.Text()))
        .withColumn(Column.of("$x", new ColumnType.Text()))
        .withColumn(Column.of("x$1_", new ColumnType.Text()))
        .withPrimaryKey(new PrimaryKey("Weird PK", List.of("Order", "")))
        .withUniqueConstraints(List.of(new UniqueConstraint("", List.of("a.b"))))
        .withIndexes(List.of(new Index("index", List.of(IndexColumn.desc("primary"), IndexColumn.asc("comment")), true,
            "\"primary\" AND comment <> '\\n'")))
        .withForeignKeys(List.of(ForeignKey.of("foreign", List.of("名前"), QualifiedName.of("Mood"), List.of("desc"))))
        .withChecks(List.of(new CheckConstraint("check", " \"Order\" > 0 "), new CheckConstraint("", "true")))
        .withComment("#not a comment line");

    Table empty = Table.named(QualifiedName.of("Billing Dept", "empty table"));

    Set<String> schemas = new LinkedHashSet<>(List.of("fleet", "Billing Dept", "we.ird", "ü", "table"));
    SchemaModel model = new SchemaModel(schemas, List.of(vehicles, weird, everyType, drivers, empty), sequences, enums);
    return new Snapshot("20261121_0930_add-maintenance.v2", model);
  }

  /** A small, realistic fleet-management schema: what the golden file holds. */
  static Snapshot fleet() {
    return fleet(false);
  }

  /**
   * The fleet schema, built in reverse insertion order when {@code reversed}: every list and the
   * schema set are filled the other way round, which must not change the written text.
   */
  static Snapshot fleet(boolean reversed) {
    QualifiedName driver = QualifiedName.of("fleet", "driver");
    QualifiedName vehicle = QualifiedName.of("fleet", "vehicle");
    QualifiedName maintenance = QualifiedName.of("fleet", "maintenance_record");
    QualifiedName status = QualifiedName.of("fleet", "vehicle_status");
    QualifiedName kind = QualifiedName.of("fleet", "maintenance_kind");

    Table drivers = Table.named(driver)
        .withColumn(Column.of("id", new ColumnType.Int(BIGINT)).notNull())
        .withColumn(Column.of("full_name", new ColumnType.Varchar(255)).notNull())
        .withColumn(Column.of("license_no", new ColumnType.Varchar(32)).notNull())
        .withColumn(Column.of("hired_on", new ColumnType.Date()))
        .withColumn(Column.of("email", new ColumnType.Varchar(320)))
        .withPrimaryKey(new PrimaryKey("driver_pkey", List.of("id")))
        .withUniqueConstraints(ordered(reversed,
            new UniqueConstraint("uk_driver_license_no", List.of("license_no")),
            new UniqueConstraint("uk_driver_email", List.of("email"))))
        .withComment("People allowed to drive fleet vehicles.");

    Table vehicles = Table.named(vehicle)
        .withColumn(Column.of("id", new ColumnType.Int(BIGINT)).generatedAsIdentity())
        .withColumn(Column.of("vin", new ColumnType.Char(17)).notNull().comment("Vehicle identification number"))
        .withColumn(Column.of("make", new ColumnType.Varchar(64)).notNull())
        .withColumn(Column.of("model", new ColumnType.Varchar(64)).notNull())
        .withColumn(Column.of("model_year", new ColumnType.Int(SMALLINT)).notNull())
        .withColumn(Column.of("status", new ColumnType.NativeEnum(status)).notNull()
            .defaultValue("'ACTIVE'::fleet.vehicle_status"))
        .withColumn(Column.of("odometer_km", new ColumnType.Numeric(9, 1)).notNull().defaultValue("0"))
        .withColumn(Column.of("driver_id", new ColumnType.Int(BIGINT)))
        .withColumn(Column.of("specs", new ColumnType.Json(true)))
        .withColumn(Column.of("version", new ColumnType.Int(INTEGER)).notNull())
        .withPrimaryKey(new PrimaryKey("vehicle_pkey", List.of("id")))
        .withUniqueConstraints(List.of(new UniqueConstraint("uk_vehicle_vin", List.of("vin"))))
        .withIndexes(ordered(reversed,
            new Index("ix_vehicle_driver", List.of(IndexColumn.asc("driver_id")), false, "driver_id IS NOT NULL"),
            new Index("ix_vehicle_make_model", List.of(IndexColumn.asc("make"), IndexColumn.asc("model"),
                IndexColumn.desc("model_year")), false, null)))
        .withForeignKeys(List.of(ForeignKey.of("fk_vehicle_driver", List.of("driver_id"), driver, List.of("id"))
            .onDelete(ReferentialAction.SET_NULL)))
        .withChecks(ordered(reversed,
            new CheckConstraint("ck_vehicle_model_year", "model_year BETWEEN 1950 AND 2100"),
            new CheckConstraint("ck_vehicle_odometer", "odometer_km >= 0")))
        .withComment("Cars, vans and trucks of the fleet.");

    Table records = Table.named(maintenance)
        .withColumn(Column.of("id", new ColumnType.Uuid()).notNull().defaultValue("gen_random_uuid()"))
        .withColumn(Column.of("vehicle_id", new ColumnType.Int(BIGINT)).notNull())
        .withColumn(Column.of("kind", new ColumnType.NativeEnum(kind)).notNull())
        .withColumn(Column.of("performed_at", new ColumnType.Timestamp(6, true)).notNull()
            .defaultValue("now()"))
        .withColumn(Column.of("cost", new ColumnType.Numeric(10, 2)))
        .withColumn(Column.of("notes", new ColumnType.Text()).comment("Free text from the workshop; may quote \"parts\"."))
        .withColumn(Column.of("invoice", new ColumnType.Bytes()))
        .withPrimaryKey(new PrimaryKey("maintenance_record_pkey", List.of("id")))
        .withIndexes(List.of(new Index("ix_maintenance_vehicle_time",
            List.of(IndexColumn.asc("vehicle_id"), IndexColumn.desc("performed_at")), false, null)))
        .withForeignKeys(List.of(ForeignKey.of("fk_maintenance_vehicle", List.of("vehicle_id"), vehicle, List.of("id"))
            .onDelete(ReferentialAction.CASCADE)))
        .withChecks(List.of(new CheckConstraint("ck_maintenance_cost", "cost IS NULL OR cost >= 0")));

    Table trips = Table.named(QualifiedName.of("trip"))
        .withColumn(Column.of("id", new ColumnType.Int(BIGINT)).notNull())
        .withColumn(Column.of("vehicle_id", new ColumnType.Int(BIGINT)).notNull())
        .withColumn(Column.of("driver_id", new ColumnType.Int(BIGINT)).notNull())
        .withColumn(Column.of("started_at", new ColumnType.Timestamp(6, true)).notNull())
        .withColumn(Column.of("duration", new ColumnType.Interval(null)))
        .withColumn(Column.of("distance_km", new ColumnType.Floating(true)))
        .withColumn(Column.of("route", new ColumnType.Raw("geometry(LineString,4326)")))
        .withPrimaryKey(new PrimaryKey("trip_pkey", List.of("id")))
        .withForeignKeys(ordered(reversed,
            ForeignKey.of("fk_trip_vehicle", List.of("vehicle_id"), vehicle, List.of("id")),
            ForeignKey.of("fk_trip_driver", List.of("driver_id"), driver, List.of("id"))));

    List<EnumType> enums = ordered(reversed,
        new EnumType(status, List.of("ACTIVE", "IN_MAINTENANCE", "RETIRED")),
        new EnumType(kind, List.of("INSPECTION", "OIL_CHANGE", "REPAIR", "TIRES")));
    List<Sequence> sequences = ordered(reversed,
        Sequence.of(QualifiedName.of("fleet", "driver_seq"), 1, 50),
        Sequence.of(QualifiedName.of("trip_seq"), 1, 50).cache(20));
    Set<String> schemas = new LinkedHashSet<>(ordered(reversed, "fleet", "audit"));
    SchemaModel model = new SchemaModel(schemas, ordered(reversed, drivers, vehicles, records, trips), sequences, enums);
    return new Snapshot("20261121_0930_add_maintenance_records", model);
  }

  @SafeVarargs
  private static <T> List<T> ordered(boolean reversed, T... items) {
    List<T> list = new ArrayList<>(List.of(items));
    if (reversed) {
      Collections.reverse(list);
    }
    return list;
  }
}
