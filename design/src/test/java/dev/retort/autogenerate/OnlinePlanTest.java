package dev.retort.autogenerate;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.foreignKey;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.integer;
import static dev.retort.migration.Definitions.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.compare.RenameHints;
import dev.retort.compare.SchemaDiff;
import dev.retort.introspect.IntrospectionScope;
import dev.retort.introspect.PostgresIntrospector;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.model.SchemaModel;
import dev.retort.evolution.ModelEvolution;
import dev.retort.ops.Operation;
import dev.retort.render.java.MigrationSource;
import dev.retort.render.java.SourceCompiler;
import dev.retort.runtime.Retort;
import dev.retort.snapshot.Snapshot;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes to tables that exist take their online forms in revisions of their own, outside a
 * transaction: golden files of the generated sources, applied by the runtime to tables with rows,
 * reversed by their downgrades; a table the change creates keeps plain DDL.
 *
 * <p>After an intended change to the generated code, regenerate the files and review their diff:
 * {@code mvn -o test -pl processor -Dtest=OnlinePlanTest -Dretort.updateGolden=true}.
 */
@PostgresTest
class OnlinePlanTest {

  private static final Path GOLDEN = Path.of("src/test/resources/dev/retort/autogenerate/online");
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

  private static SchemaModel model(Consumer<Operations> body) {
    Operations op = new Operations();
    body.accept(op);
    return ModelEvolution.apply(SchemaModel.empty(), op.operations());
  }

  private static final SchemaModel V1 = model(op -> op
      .createTable("drivers", t -> t
          .column(column("id", bigint()).generatedAsIdentity())
          .column(column("name", varchar(100)).notNull())
          .column(column("phone", varchar(20)))
          .column(column("email", varchar(100)))
          .column(column("mileage", integer()))
          .primaryKey("drivers_pkey", "id"))
      .createTable("vehicles", t -> t
          .column(column("id", bigint()).generatedAsIdentity())
          .column(column("driver_id", bigint()))
          .column(column("plate", varchar(20)).notNull())
          .primaryKey("vehicles_pkey", "id")));

  /** Every kind of change with an online form on the two tables that exist, and a new table. */
  private static final SchemaModel V2 = model(op -> op
      .createTable("drivers", t -> t
          .column(column("id", bigint()).generatedAsIdentity())
          .column(column("name", varchar(200)).notNull())
          .column(column("phone", varchar(20)).notNull())
          .column(column("email", varchar(100)))
          .column(column("mileage", bigint()))
          .primaryKey("drivers_pkey", "id")
          .unique("drivers_email_key", "email")
          .index(index("ix_drivers_name", "name")))
      .createTable("vehicles", t -> t
          .column(column("id", bigint()).generatedAsIdentity())
          .column(column("driver_id", bigint()))
          .column(column("plate", varchar(20)).notNull())
          .primaryKey("vehicles_pkey", "id")
          .foreignKey(foreignKey("fk_vehicles_driver", "driver_id").references("drivers", "id"))
          .check("ck_vehicles_driver", "(driver_id > 0)"))
      .createTable("trips", t -> t
          .column(column("id", bigint()).generatedAsIdentity())
          .column(column("vehicle_id", bigint()).notNull())
          .primaryKey("trips_pkey", "id")
          .foreignKey(foreignKey("fk_trips_vehicle", "vehicle_id").references("vehicles", "id"))
          .index(index("ix_trips_vehicle", "vehicle_id"))));

  private static Autogenerate.NewMigration first() {
    return (Autogenerate.NewMigration) Autogenerate.run(new Autogenerate.Request(V1, Snapshot.initial(), RenameHints.none(),
        "com.acme.fleet.migrations", NOW, "create drivers and vehicles"));
  }

  private static Autogenerate.NewMigration online(Snapshot committed) {
    return (Autogenerate.NewMigration) Autogenerate.run(new Autogenerate.Request(V2, committed, RenameHints.none(),
        "com.acme.fleet.migrations", NOW.plusHours(1), "tighten fleet", java.util.Set.of(), true));
  }

  @Test
  void eachOnlineFormIsGeneratedForAnExistingTableInARevisionOutsideATransaction() throws IOException {
    Autogenerate.NewMigration migration = online(first().snapshot());

    List<String> modes = migration.parts().stream()
        .map(part -> part.source().revision().transactional() ? "transaction" : "autocommit").toList();
    assertTrue(modes.contains("autocommit") && modes.contains("transaction"), modes.toString());
    for (int i = 0; i < migration.parts().size(); i++) {
      Autogenerate.NewMigration.Part part = migration.parts().get(i);
      assertGolden("tighten_fleet_part_" + (i + 1), part.javaSource());
      List<Operation> steps = part.source().upgrade();
      if (part.source().revision().transactional()) {
        assertTrue(steps.stream().noneMatch(step -> OnlineForms.applies(step)
            && !(step instanceof Operation.CreateTable)), "a transactional part holds no online step: " + steps);
      } else {
        assertTrue(steps.stream().allMatch(step -> OnlineForms.table(step).isPresent()), steps.toString());
      }
    }
    List<Operation> all = migration.parts().stream().flatMap(part -> part.source().upgrade().stream()).toList();
    Operation.CreateTable trips = all.stream().filter(Operation.CreateTable.class::isInstance)
        .map(Operation.CreateTable.class::cast).findFirst().orElseThrow();
    assertEquals("trips", trips.table().name().name(), "the new table is created by plain DDL, its keys inline");
    assertTrue(all.contains(new Operation.AlterColumnNullability(trips.table().name().withName("drivers"), "phone",
        false, true)), all.toString());
    assertEquals(List.of(Risk.Kind.NEEDS_BACKFILL, Risk.Kind.REWRITES_TABLE, Risk.Kind.CHECKS_EXISTING_ROWS),
        migration.risks().stream().map(Risk::kind).sorted().toList(),
        "the integer to bigint change rewrites drivers, the varchar(100) to varchar(200) one does not, and the unique"
            + " email fails on duplicates");
    Risk rewrite = migration.risks().stream().filter(r -> r.kind() == Risk.Kind.REWRITES_TABLE).findFirst().orElseThrow();
    assertTrue(rewrite.description().contains("drivers.mileage") && rewrite.description().contains("backfill it in batches"),
        rewrite.description());
  }

  @Test
  void withOnlinePlansOffTheSameChangeIsOnePlainTransactionalMigration() {
    Autogenerate.NewMigration migration = (Autogenerate.NewMigration) Autogenerate.run(new Autogenerate.Request(V2,
        first().snapshot(), RenameHints.none(), "com.acme.fleet.migrations", NOW.plusHours(1), "tighten fleet",
        java.util.Set.of(), false));
    assertEquals(1, migration.parts().size());
    assertTrue(migration.source().revision().transactional());
    assertFalse(migration.javaSource().contains("Online") || migration.javaSource().contains("Concurrently"),
        migration.javaSource());
    assertEquals(V2, ModelEvolution.apply(V1, migration.source().upgrade()));
  }

  @Test
  void theOnlinePartsApplyToTablesWithRowsAndTheirDowngradesRestoreTheFirstSchema(TestDatabase db, @TempDir Path dir)
      throws Exception {
    Autogenerate.NewMigration created = first();
    Autogenerate.NewMigration tightened = online(created.snapshot());
    List<MigrationSource> sources = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    sources.add(created.source());
    codes.add(created.javaSource());
    for (Autogenerate.NewMigration.Part part : tightened.parts()) {
      sources.add(part.source());
      codes.add(part.javaSource());
    }
    List<Migration> migrations = SourceCompiler.compileAndInstantiate(sources, codes, dir);

    Retort.configure().dataSource(db.dataSource()).migrations(migrations.get(0)).migrate();
    db.execute("INSERT INTO drivers (name, phone, email, mileage) SELECT 'driver ' || n, '555-' || n, 'd' || n ||"
        + " '@example.com', n FROM generate_series(1, 500) n");
    db.execute("INSERT INTO vehicles (driver_id, plate) SELECT n, 'P-' || n FROM generate_series(1, 500) n");

    Retort.configure().dataSource(db.dataSource()).migrations(migrations).migrate();
    assertCatalog(db, V2);
    assertEquals(0, count(db, "SELECT count(*) FROM pg_constraint WHERE NOT convalidated"),
        "every constraint added NOT VALID was validated");
    assertEquals(0, count(db, "SELECT count(*) FROM pg_index WHERE NOT indisvalid"), "every index built concurrently is valid");
    assertEquals(0, count(db, "SELECT count(*) FROM pg_constraint WHERE conname LIKE 'retort%not_null'"),
        "the check that proved NOT NULL is gone");
    assertEquals(500, count(db, "SELECT count(*) FROM drivers d JOIN vehicles v ON v.driver_id = d.id"));

    Retort.configure().dataSource(db.dataSource()).migrations(migrations).load().downgrade(created.source().revision().id());
    assertCatalog(db, V1);
    Retort.configure().dataSource(db.dataSource()).migrations(migrations).migrate();
    assertCatalog(db, V2);
  }

  private static long count(TestDatabase db, String sql) throws Exception {
    return db.query(sql, rows -> {
      rows.next();
      return rows.getLong(1);
    });
  }

  private static void assertCatalog(TestDatabase db, SchemaModel expected) throws Exception {
    try (Connection connection = db.connect()) {
      SchemaModel actual = PostgresIntrospector.introspect(connection, IntrospectionScope.of("public")).model();
      List<Operation> difference = SchemaDiff.between(actual, expected).stream()
          .filter(op -> !(op instanceof Operation.DropTable drop && drop.table().name().name().equals("retort_history")))
          .toList();
      assertEquals(List.of(), difference, "operations from the catalog to the model");
    }
  }

  private static void assertGolden(String name, String rendered) throws IOException {
    Path golden = GOLDEN.resolve(name + ".java.txt");
    if (Boolean.getBoolean("retort.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, rendered, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), rendered,
        "generated source differs from " + golden + "; rerun with -Dretort.updateGolden=true if intended");
  }
}
