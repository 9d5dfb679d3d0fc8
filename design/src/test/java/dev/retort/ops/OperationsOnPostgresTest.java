package dev.retort.ops;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.desc;
import static dev.retort.migration.Definitions.enumType;
import static dev.retort.migration.Definitions.foreignKey;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.integer;
import static dev.retort.migration.Definitions.nativeEnum;
import static dev.retort.migration.Definitions.numeric;
import static dev.retort.migration.Definitions.sequence;
import static dev.retort.migration.Definitions.text;
import static dev.retort.migration.Definitions.timestampTz;
import static dev.retort.migration.Definitions.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.retort.evolution.ModelEvolution;
import dev.retort.introspect.Introspection;
import dev.retort.introspect.IntrospectionScope;
import dev.retort.introspect.PostgresIntrospector;
import dev.retort.migration.Operations;
import dev.retort.model.IndexColumn;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.render.sql.PostgresSqlRenderer;
import dev.retort.runtime.Catalog;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every operation on a real PostgreSQL: its effect on the catalog (read back by
 * introspection) is the effect {@link ModelEvolution} predicts, and applying its inverse restores
 * the catalog exactly.
 */
@PostgresTest
class OperationsOnPostgresTest {

  private static final Set<Class<?>> COVERED = new HashSet<>();

  private final TestDatabase db;
  private final PostgresSqlRenderer renderer = new PostgresSqlRenderer();

  OperationsOnPostgresTest(TestDatabase db) {
    this.db = db;
  }

  /** One operation, applied on top of a schema built by {@code setup}. */
  record Case(String name, Consumer<Operations> setup, Consumer<Operations> operation) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Consumer<Operations> vehiclesAndDrivers() {
    return op -> op
        .createTable("drivers", t -> t
            .column(column("id", bigint()).generatedAsIdentity())
            .column(column("name", varchar(100)).notNull())
            .column("phone", varchar(20))
            .column("age", integer())
            .primaryKey("drivers_pkey", "id"))
        .createTable("vehicles", t -> t
            .column(column("id", bigint()).notNull())
            .column(column("vin", varchar(17)).notNull())
            .column("driver_id", bigint())
            .column(column("mileage", integer()).notNull().defaultValue("0"))
            .primaryKey("vehicles_pkey", "id")
            .foreignKey(foreignKey("fk_vehicles_driver", "driver_id").references("drivers", "id")));
  }

  private static Consumer<Operations> plus(Consumer<Operations> first, Consumer<Operations> then) {
    return first.andThen(then);
  }

  static Stream<Arguments> cases() {
    Consumer<Operations> base = vehiclesAndDrivers();
    Consumer<Operations> nothing = op -> { };
    List<Case> cases = List.of(
        new Case("create schema", nothing, op -> op.createSchema("billing")),
        new Case("drop schema", op -> op.createSchema("billing"), op -> op.dropSchema("billing")),
        new Case("create table with every part", plus(base, op -> op.createEnumType(enumType("tire_kind", "summer", "winter"))),
            op -> op.createTable("tires", t -> t
                .column(column("id", bigint()).generatedAs(dev.retort.model.Identity.ALWAYS))
                .column(column("vehicle_id", bigint()).notNull().comment("which car"))
                .column(column("position", integer()).notNull())
                .column(column("kind", nativeEnum("tire_kind")).defaultValue("'summer'::tire_kind"))
                .column(column("price", numeric(10, 2)))
                .column(column("fitted_at", timestampTz(6)).defaultValue("now()"))
                .primaryKey("tires_pkey", "id")
                .unique("uk_tires_vehicle_position", "vehicle_id", "position")
                .check("ck_tires_position", "((\"position\" >= 1) AND (\"position\" <= 4))")
                .foreignKey(foreignKey("fk_tires_vehicle", "vehicle_id").references("vehicles", "id")
                    .onDelete(ReferentialAction.CASCADE))
                .index(index("ix_tires_fitted", desc("fitted_at")).where("(price IS NOT NULL)"))
                .comment("tires fitted to vehicles"))),
        new Case("drop table", base, op -> op.dropTable("vehicles", t -> t
            .column(column("id", bigint()).notNull())
            .column(column("vin", varchar(17)).notNull())
            .column("driver_id", bigint())
            .column(column("mileage", integer()).notNull().defaultValue("0"))
            .primaryKey("vehicles_pkey", "id")
            .foreignKey(foreignKey("fk_vehicles_driver", "driver_id").references("drivers", "id")))),
        new Case("rename a referenced table", base, op -> op.renameTable("drivers", "chauffeurs")),
        new Case("comment on table", base, op -> op.commentOnTable("drivers", null, "people who drive")),
        new Case("add column", base, op -> op.addColumn("drivers",
            column("status", varchar(20)).notNull().defaultValue("'active'::character varying").comment("lifecycle"))),
        new Case("drop column", base, op -> op.dropColumn("drivers", column("phone", varchar(20)))),
        new Case("rename a referenced key column", base, op -> op.renameColumn("drivers", "id", "driver_id")),
        new Case("widen a column type", base, op -> op.alterColumnType("drivers", "phone", varchar(20), varchar(40))),
        new Case("change a column type with USING", base,
            op -> op.alterColumnType("drivers", "phone", varchar(20), text(), "phone::text")),
        new Case("make a column an identity", base,
            op -> op.alterColumnIdentity("vehicles", "id", dev.retort.model.Identity.NONE, dev.retort.model.Identity.BY_DEFAULT)),
        new Case("make an identity always generated", base,
            op -> op.alterColumnIdentity("drivers", "id", dev.retort.model.Identity.BY_DEFAULT, dev.retort.model.Identity.ALWAYS)),
        new Case("set not null", base, op -> op.setNotNull("drivers", "phone")),
        new Case("set a default", base, op -> op.alterColumnDefault("drivers", "age", null, "18")),
        new Case("comment on column", base, op -> op.commentOnColumn("drivers", "age", null, "in years")),
        new Case("add primary key", plus(base, op -> op.createTable("logs", t -> t.column(column("id", bigint()).notNull()))),
            op -> op.addPrimaryKey("logs", "logs_pkey", "id")),
        new Case("drop primary key", plus(base, op -> op.dropForeignKey("vehicles",
                foreignKey("fk_vehicles_driver", "driver_id").references("drivers", "id"))),
            op -> op.dropPrimaryKey("drivers", "drivers_pkey", "id")),
        new Case("add unique", base, op -> op.addUnique("vehicles", "uk_vehicles_vin", "vin")),
        new Case("drop unique", plus(base, op -> op.addUnique("vehicles", "uk_vehicles_vin", "vin")),
            op -> op.dropUnique("vehicles", "uk_vehicles_vin", "vin")),
        new Case("add foreign key with actions", base, op -> op.addForeignKey("drivers",
            foreignKey("fk_drivers_self", "age").references("drivers", "id")
                .onDelete(ReferentialAction.SET_NULL).onUpdate(ReferentialAction.RESTRICT))),
        new Case("drop foreign key", base, op -> op.dropForeignKey("vehicles",
            foreignKey("fk_vehicles_driver", "driver_id").references("drivers", "id"))),
        new Case("add check", base, op -> op.addCheck("drivers", "ck_drivers_age", "(age >= 18)")),
        new Case("drop check", plus(base, op -> op.addCheck("drivers", "ck_drivers_age", "(age >= 18)")),
            op -> op.dropCheck("drivers", "ck_drivers_age", "(age >= 18)")),
        new Case("create unique partial index", base,
            op -> op.createIndex("drivers", index("ix_drivers_phone", "phone").asUnique().where("(phone IS NOT NULL)"))),
        new Case("create index concurrently", base,
            op -> op.createIndexConcurrently("vehicles", index("ix_vehicles_driver", IndexColumn.asc("driver_id"), desc("vin")))),
        new Case("drop index", plus(base, op -> op.createIndex("drivers", index("ix_drivers_name", "name"))),
            op -> op.dropIndex("drivers", index("ix_drivers_name", "name"))),
        new Case("create sequence", nothing, op -> op.createSequence(sequence("orders_seq").incrementBy(50))),
        new Case("alter sequence", op -> op.createSequence(sequence("orders_seq").incrementBy(50)),
            op -> op.alterSequence(sequence("orders_seq").incrementBy(50),
                sequence("orders_seq").incrementBy(10).bounds(null, 1000L).startWith(5).cache(20).cycling())),
        new Case("drop sequence", op -> op.createSequence(sequence("orders_seq").startWith(7).bounds(null, 99L)),
            op -> op.dropSequence(sequence("orders_seq").startWith(7).bounds(null, 99L))),
        new Case("create enum type", nothing, op -> op.createEnumType(enumType("service_type", "oil", "tires"))),
        new Case("drop enum type", op -> op.createEnumType(enumType("service_type", "oil", "tires")),
            op -> op.dropEnumType(enumType("service_type", "oil", "tires"))),
        new Case("add enum value", op -> op.createEnumType(enumType("service_type", "oil", "tires")),
            op -> op.addEnumValue(enumType("service_type", "oil", "tires"), "brakes", "oil")),
        new Case("add enum value first", op -> op.createEnumType(enumType("service_type", "oil", "tires")),
            op -> op.addEnumValue(enumType("service_type", "oil", "tires"), "air", null)),
        new Case("drop enum value used by a column",
            op -> op.createEnumType(enumType("service_type", "oil", "glass", "tires"))
                .createTable("services", t -> t.column("kind", nativeEnum("service_type")))
                .execute("INSERT INTO services (kind) VALUES ('oil'), ('tires')"),
            op -> op.dropEnumValue(enumType("service_type", "oil", "glass", "tires"), "glass")),
        new Case("execute", base, op -> op.execute("INSERT INTO drivers (name) VALUES ('Ada')")),
        new Case("run java", base, op -> op.run("insert a driver", connection -> {
          try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO drivers (name) VALUES ('Grace')");
          }
        })));
    return cases.stream().map(Arguments::of);
  }

  @BeforeEach
  void startFromAnEmptyDatabase() throws Exception {
    Catalog.reset(db);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theCatalogChangesAsTheModelPredictsAndTheInverseRestoresIt(Case testCase) throws Exception {
    run(testCase.setup());
    SchemaModel before = introspect();
    Operation operation = single(testCase.operation());
    COVERED.add(operation.getClass());

    run(List.of(operation));
    SchemaModel after = introspect();
    assertEquals(ModelEvolution.apply(before, operation), after, "effect of " + testCase.name());

    if (operation.reversible()) {
      if (!(operation instanceof Operation.CreateSchema) && !(operation instanceof Operation.SetTableComment)) {
        assertNotEquals(before, after, testCase.name() + " changed nothing");
      }
      run(List.of(operation.inverse()));
      // PostgreSQL appends a re-added column at the end of its table; position is the one thing
      // a downgrade cannot restore, and no schema comparison of Retort's counts it.
      assertEquals(ignoringColumnOrder(before), ignoringColumnOrder(introspect()), "upgrade then downgrade of " + testCase.name());
    } else {
      assertEquals(before, after, "a data step leaves the schema alone");
      assertEquals(List.of("1"), Catalog.strings(db, "SELECT count(*) FROM drivers"));
    }
  }

  @Test
  void creatingASchemaThroughOperationsAndIntrospectingItGivesTheSameModel() throws Exception {
    Operations op = new Operations();
    vehiclesAndDrivers().accept(op);
    op.createSchema("billing").inSchema("billing").createTable("invoices", t -> t
        .column(column("id", bigint()).notNull())
        .column(column("amount", numeric(12, 2)).notNull().defaultValue("0"))
        .primaryKey("invoices_pkey", "id")
        .foreignKey(foreignKey("fk_invoices_vehicle", "id").references("vehicles", "id")));
    op.createSequence(sequence("billing", "invoice_seq").incrementBy(50));
    op.createEnumType(enumType("service_type", "oil", "tires"));
    run(op.operations());
    assertEquals(ModelEvolution.apply(SchemaModel.empty(), op.operations()),
        introspect(IntrospectionScope.of("public", "billing")));
  }

  @AfterAll
  static void everyOperationKindWasRunOnTheServer() {
    Set<String> missing = Arrays.stream(Operation.class.getPermittedSubclasses())
        .filter(kind -> !COVERED.contains(kind))
        .map(Class::getSimpleName)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    // Inverses cover the rest: every drop is the inverse of a create above, and vice versa.
    Set<String> runAsInverses = Set.of("AlterColumnNullability", "AlterColumnDefault", "SetColumnComment");
    missing.removeAll(runAsInverses);
    if (COVERED.size() > 1) {
      assertEquals(Set.of(), missing, "operation kinds with no case in OperationsOnPostgresTest");
    }
  }

  private static SchemaModel ignoringColumnOrder(SchemaModel model) {
    return new SchemaModel(model.schemas(), model.tables().stream()
        .map(t -> new dev.retort.model.Table(t.name(),
            t.columns().stream().sorted(java.util.Comparator.comparing(dev.retort.model.Column::name)).toList(),
            t.primaryKey(), t.uniqueConstraints(), t.indexes(), t.foreignKeys(), t.checks(), t.comment()))
        .toList(), model.sequences(), model.enumTypes());
  }

  private Operation single(Consumer<Operations> body) {
    Operations op = new Operations();
    body.accept(op);
    assertEquals(1, op.operations().size());
    return op.operations().get(0);
  }

  private void run(Consumer<Operations> body) throws Exception {
    Operations op = new Operations();
    body.accept(op);
    run(op.operations());
  }

  private void run(List<Operation> operations) throws Exception {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      for (Operation operation : operations) {
        if (operation instanceof Operation.RunJava java) {
          java.callback().run(connection);
        }
        for (String sql : renderer.render(operation)) {
          statement.execute(sql);
        }
      }
    }
  }

  private SchemaModel introspect() throws Exception {
    return introspect(IntrospectionScope.of("public", "billing"));
  }

  private SchemaModel introspect(IntrospectionScope scope) throws Exception {
    try (Connection connection = db.connect()) {
      Introspection result = PostgresIntrospector.introspect(connection, scope);
      assertEquals(List.of(), result.warnings());
      return result.model();
    }
  }
}
