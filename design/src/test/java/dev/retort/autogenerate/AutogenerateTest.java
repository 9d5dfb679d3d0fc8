package dev.retort.autogenerate;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.foreignKey;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.compare.RenameHints;
import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.evolution.ModelEvolution;
import dev.retort.ops.Operation;
import dev.retort.render.java.SourceCompiler;
import dev.retort.runtime.Retort;
import dev.retort.snapshot.Snapshot;
import dev.retort.snapshot.SnapshotFormat;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@PostgresTest
class AutogenerateTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 14, 30);
  private static final QualifiedName DRIVERS = QualifiedName.of("drivers");

  private static SchemaModel model(Consumer<Operations> body) {
    Operations op = new Operations();
    body.accept(op);
    return ModelEvolution.apply(SchemaModel.empty(), op.operations());
  }

  private static final Consumer<Operations> DRIVERS_TABLE = op -> op.createTable("drivers", t -> t
      .column(column("id", bigint()).generatedAsIdentity())
      .column(column("name", varchar(100)).notNull())
      .primaryKey("drivers_pkey", "id"));

  /** The engine with plain DDL: these cases are about the steps themselves; {@code OnlinePlanTest} has their online forms. */
  private static Autogenerate.Outcome run(Snapshot committed, SchemaModel current, LocalDateTime now) {
    return Autogenerate.run(new Autogenerate.Request(current, committed, RenameHints.none(), "com.acme.fleet.migrations", now, null,
        java.util.Set.of(), false));
  }

  @Test
  void entitiesThatMatchTheSnapshotNeedNoMigration() {
    SchemaModel model = model(DRIVERS_TABLE);
    assertInstanceOf(Autogenerate.UpToDate.class, run(new Snapshot("r1", model), model, NOW));
  }

  @Test
  void theFirstMigrationIsABaseRevisionAndTheSnapshotRecordsItAsHead() {
    var migration = (Autogenerate.NewMigration) run(Snapshot.initial(), model(DRIVERS_TABLE), NOW);
    assertEquals("V20261121_1430__create_drivers", migration.source().className());
    assertEquals("20261121_1430_create_drivers", migration.source().revision().id());
    assertEquals(List.of(), migration.source().revision().parents());
    assertEquals("20261121_1430_create_drivers", migration.snapshot().headRevision());
    assertEquals(migration.snapshot(), SnapshotFormat.parse(migration.snapshotText(), "retort.snapshot"));
    assertEquals(List.of(), migration.risks());
  }

  @Test
  void theNextMigrationFollowsTheSnapshotsHead() {
    SchemaModel before = model(DRIVERS_TABLE);
    SchemaModel after = model(DRIVERS_TABLE.andThen(op -> op.addColumn("drivers", column("phone", varchar(20)))));
    var migration = (Autogenerate.NewMigration) run(new Snapshot("20261120_0900_create_drivers", before), after, NOW);
    assertEquals(List.of("20261120_0900_create_drivers"), migration.source().revision().parents());
    assertEquals("V20261121_1430__add_phone_to_drivers", migration.source().className());
  }

  @Test
  void aNameTheHistoryAlreadyHasGetsASuffixDerivedFromTheChangeTheSameForTheSameInputs() {
    SchemaModel before = model(DRIVERS_TABLE);
    SchemaModel after = model(DRIVERS_TABLE.andThen(op -> op.addColumn("drivers", column("phone", varchar(20)))));
    Snapshot committed = new Snapshot("20261120_0900_create_drivers", before);
    Autogenerate.Request request = new Autogenerate.Request(after, committed, RenameHints.none(), "com.acme.fleet.migrations",
        NOW, null, java.util.Set.of("20261121_1430_add_phone_to_drivers", "20261120_0900_create_drivers"));
    var first = (Autogenerate.NewMigration) Autogenerate.run(request);
    var again = (Autogenerate.NewMigration) Autogenerate.run(request);

    String id = first.source().revision().id();
    assertTrue(id.matches("20261121_1430_add_phone_to_drivers_[0-9a-f]{6}"), id);
    assertEquals("V20261121_1430__add_phone_to_drivers_" + id.substring(id.length() - 6), first.source().className());
    assertEquals(List.of("20261120_0900_create_drivers"), first.source().revision().parents());
    assertEquals(first.javaSource(), again.javaSource());
  }

  @Test
  void aNotNullColumnWithoutDefaultOnAnExistingTableIsAddedNullableBackfilledThenEnforced() {
    SchemaModel before = model(DRIVERS_TABLE);
    SchemaModel after = model(DRIVERS_TABLE.andThen(op -> op.addColumn("drivers", column("phone", varchar(20)).notNull())));
    var migration = (Autogenerate.NewMigration) run(new Snapshot("r1", before), after, NOW);

    assertEquals(List.of(new Operation.AddColumn(DRIVERS, column("phone", varchar(20))),
        new Operation.AlterColumnNullability(DRIVERS, "phone", false)), migration.source().upgrade());
    assertEquals(List.of(Risk.Kind.NEEDS_BACKFILL), migration.risks().stream().map(Risk::kind).toList());
    assertTrue(migration.javaSource().contains("    op.addColumn(\"drivers\", column(\"phone\", varchar(20)));\n"
        + "    // BACKFILL: drivers.phone becomes NOT NULL and has no default; give existing rows a value here, for example\n"
        + "    // op.execute(\"UPDATE drivers SET phone = ... WHERE phone IS NULL\");\n"
        + "    op.setNotNull(\"drivers\", \"phone\");\n"), migration.javaSource());
  }

  @Test
  void anExistingColumnMadeNotNullGetsABackfillStepBeforeItIsEnforcedAndIsFlagged() {
    SchemaModel before = model(DRIVERS_TABLE.andThen(op -> op.addColumn("drivers", column("phone", varchar(20)))));
    SchemaModel after = model(DRIVERS_TABLE.andThen(op -> op.addColumn("drivers", column("phone", varchar(20)).notNull())));
    var migration = (Autogenerate.NewMigration) run(new Snapshot("r1", before), after, NOW);

    assertEquals(List.of(new Operation.AlterColumnNullability(DRIVERS, "phone", false)), migration.source().upgrade());
    assertEquals(List.of(Risk.Kind.NEEDS_BACKFILL), migration.risks().stream().map(Risk::kind).toList());
    assertTrue(migration.javaSource().contains("  public void upgrade(Operations op) {\n"
        + "    // BACKFILL: drivers.phone becomes NOT NULL; give the rows where it is NULL a value here, for example\n"
        + "    // op.execute(\"UPDATE drivers SET phone = ... WHERE phone IS NULL\");\n"
        + "    op.setNotNull(\"drivers\", \"phone\");\n"), migration.javaSource());
    assertTrue(!migration.javaSource().contains("public void downgrade(Operations op) {\n    // BACKFILL"), migration.javaSource());
  }

  @Test
  void droppingAColumnIsFlaggedAsDestroyingData() {
    SchemaModel before = model(DRIVERS_TABLE.andThen(op -> op.addColumn("drivers", column("phone", varchar(20)))));
    var migration = (Autogenerate.NewMigration) run(new Snapshot("r1", before), model(DRIVERS_TABLE), NOW);
    assertEquals(List.of(Risk.Kind.DESTROYS_DATA), migration.risks().stream().map(Risk::kind).toList());
    assertTrue(migration.javaSource().contains("// DESTRUCTIVE:"), migration.javaSource());
  }

  @Test
  void theSameInputsGiveByteIdenticalOutput() {
    SchemaModel after = model(DRIVERS_TABLE);
    var first = (Autogenerate.NewMigration) run(Snapshot.initial(), after, NOW);
    var second = (Autogenerate.NewMigration) run(Snapshot.initial(), after, NOW);
    assertEquals(first.javaSource(), second.javaSource());
    assertEquals(first.snapshotText(), second.snapshotText());
  }

  @Test
  void theGeneratedMigrationsApplyAndTheUnfilledBackfillFailsCleanlyOnATableWithRows(TestDatabase db, @TempDir Path dir)
      throws Exception {
    SchemaModel v1 = model(DRIVERS_TABLE);
    var first = (Autogenerate.NewMigration) run(Snapshot.initial(), v1, NOW);
    Migration m1 = SourceCompiler.compileAndInstantiate(first.source(), first.javaSource(), dir.resolve("m1"));
    Retort.configure().dataSource(db.dataSource()).migrations(m1).migrate();
    db.execute("INSERT INTO drivers (name) VALUES ('Ada')");

    SchemaModel v2 = model(DRIVERS_TABLE.andThen(op -> op.addColumn("drivers", column("phone", varchar(20)).notNull())));
    var second = (Autogenerate.NewMigration) run(first.snapshot(), v2, NOW.plusHours(1));
    Migration m2 = SourceCompiler.compileAndInstantiate(second.source(), second.javaSource(), dir.resolve("m2"));

    RetortException error = assertThrows(RetortException.class,
        () -> Retort.configure().dataSource(db.dataSource()).migrations(m1, m2).migrate());
    assertEquals(Message.MIGRATION_FAILED, error.catalogEntry());
    assertTrue(error.getMessage().contains("SET NOT NULL") && error.getMessage().contains("contains null values"),
        error.getMessage());
    assertEquals(List.of(first.source().revision().id()),
        db.query("SELECT revision FROM retort_history", rows -> {
          List<String> revisions = new java.util.ArrayList<>();
          while (rows.next()) {
            revisions.add(rows.getString(1));
          }
          return revisions;
        }));
  }

  /**
   * {@code count} tables like the benchmarks' entities, cut down to what takes locks: an identity key,
   * a unique column, an index, a text column (so a TOAST table) and a foreign key to the table before.
   */
  private static SchemaModel chainOfTables(int count) {
    return model(op -> {
      for (int i = 1; i <= count; i++) {
        String name = String.format("t%04d", i);
        String previous = String.format("t%04d", i - 1);
        boolean first = i == 1;
        op.createTable(name, t -> {
          t.column(column("id", bigint()).generatedAsIdentity())
              .column(column("code", varchar(40)).notNull())
              .column(column("note", varchar(2000)))
              .column(column("previous_id", bigint()))
              .primaryKey(name + "_pkey", "id")
              .unique(name + "_code_key", "code")
              .index(index("ix_" + name + "_note", "note"));
          if (!first) {
            t.foreignKey(foreignKey("fk_" + name + "_previous", "previous_id").references(previous, "id"));
          }
        });
      }
    });
  }

  @Test
  void aSmallFirstMigrationStaysOneRevision() {
    var migration = (Autogenerate.NewMigration) run(Snapshot.initial(), chainOfTables(100), NOW);
    assertEquals(1, migration.parts().size());
    assertEquals("V20261121_1430__create_t0001_and_99_more_tables", migration.source().className());
  }

  @Test
  void aFirstMigrationTooBigForOneTransactionComesInChainedPartsThatADefaultPostgresApplies(TestDatabase shared, @TempDir Path dir)
      throws Exception {
    TestDatabase db = shared.createSibling();
    // 2,000 such tables hold about 20,000 locks in one transaction; a default server's lock table has about 7,800.
    SchemaModel model = chainOfTables(2_000);
    var migration = (Autogenerate.NewMigration) run(Snapshot.initial(), model, NOW);

    List<Autogenerate.NewMigration.Part> parts = migration.parts();
    assertEquals(8, parts.size());
    String parent = null;
    int created = 0;
    for (int i = 0; i < parts.size(); i++) {
      var source = parts.get(i).source();
      assertEquals("V20261121_1430__initial_schema_part_" + (i + 1) + "_of_8", source.className());
      assertEquals("initial schema (part " + (i + 1) + " of 8)", source.revision().message());
      assertEquals(parent == null ? List.of() : List.of(parent), source.revision().parents());
      assertTrue(source.upgrade().stream().mapToInt(TransactionSplit::locks).sum() <= TransactionSplit.LOCK_BUDGET);
      created += (int) source.upgrade().stream().filter(op -> op instanceof Operation.CreateTable).count();
      parent = source.revision().id();
    }
    assertEquals(2_000, created);
    assertEquals(parent, migration.snapshot().headRevision());
    List<Migration> migrations = SourceCompiler.compileAndInstantiate(parts.stream().map(Autogenerate.NewMigration.Part::source).toList(),
        parts.stream().map(Autogenerate.NewMigration.Part::javaSource).toList(), dir);

    Retort.configure().dataSource(db.dataSource()).migrations(migrations.toArray(Migration[]::new)).migrate();
    assertEquals(2_000L, count(db, "SELECT count(*) FROM pg_tables WHERE tablename LIKE 't%'"));
    assertEquals(8L, count(db, "SELECT count(*) FROM retort_history"));
  }

  private static long count(TestDatabase db, String sql) throws Exception {
    return db.query(sql, rows -> {
      rows.next();
      return rows.getLong(1);
    });
  }
}
