package dev.retort.autogenerate;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
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
import dev.retort.ops.ModelEvolution;
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

  private static Autogenerate.Outcome run(Snapshot committed, SchemaModel current, LocalDateTime now) {
    return Autogenerate.run(new Autogenerate.Request(current, committed, RenameHints.none(), "com.acme.fleet.migrations", now, null));
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
}
