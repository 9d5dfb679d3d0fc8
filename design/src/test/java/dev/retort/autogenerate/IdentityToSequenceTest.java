package dev.retort.autogenerate;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.sequence;
import static dev.retort.migration.Definitions.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.compare.RenameHints;
import dev.retort.evolution.ModelEvolution;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.ops.Operation;
import dev.retort.render.java.MigrationSource;
import dev.retort.render.java.SourceCompiler;
import dev.retort.render.sql.PostgresSqlRenderer;
import dev.retort.runtime.Retort;
import dev.retort.snapshot.Snapshot;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An id switched from IDENTITY to a sequence on a table with rows (JHipster's history did it): the
 * generated migration advances the sequence past the ids the table holds, never lowers a sequence
 * another table already drew from, leaves the sequence of an empty table at its start, and its
 * downgrade restarts the identity past the ids, so that inserts succeed in both directions.
 */
@PostgresTest
class IdentityToSequenceTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 9, 0);

  private static SchemaModel model(Consumer<Operations> body) {
    return ModelEvolution.apply(SchemaModel.empty(), Operations.recordedBy(body));
  }

  private static void table(Operations op, String name, boolean identity) {
    op.createTable(name, t -> t
        .column(identity ? column("id", bigint()).generatedAsIdentity() : column("id", bigint()).notNull())
        .column(column("note", varchar(50)))
        .primaryKey(name + "_pkey", "id"));
  }

  /** Four tables whose ids Hibernate generates as IDENTITY. */
  private static final SchemaModel IDENTITIES = model(op -> {
    for (String name : List.of("orders", "items", "parcels", "notes")) {
      table(op, name, true);
    }
  });

  /**
   * The same tables drawing from sequences: orders from its own pooled one (allocationSize 50), items and
   * parcels from one they share (allocationSize 1), notes (empty) from its own.
   */
  private static final SchemaModel SEQUENCES = model(op -> {
    for (String name : List.of("orders", "items", "parcels", "notes")) {
      table(op, name, false);
    }
    op.createSequence(sequence("orders_seq").incrementBy(50))
        .createSequence(sequence("fleet_ids"))
        .createSequence(sequence("notes_seq").incrementBy(50));
  });

  private static final RenameHints DRAWN_FROM = RenameHints.none()
      .idSequence(QualifiedName.of("orders"), "id", QualifiedName.of("orders_seq"))
      .idSequence(QualifiedName.of("items"), "id", QualifiedName.of("fleet_ids"))
      .idSequence(QualifiedName.of("parcels"), "id", QualifiedName.of("fleet_ids"))
      .idSequence(QualifiedName.of("notes"), "id", QualifiedName.of("notes_seq"));

  private static Autogenerate.NewMigration generate(SchemaModel model, Snapshot committed, RenameHints hints, String message) {
    return (Autogenerate.NewMigration) Autogenerate.run(new Autogenerate.Request(model, committed, hints,
        "com.acme.shop.migrations", NOW, message, java.util.Set.of(), false));
  }

  @Test
  void theGeneratedUpgradeHandsEachIdToItsSequenceAndTheSqlAdvancesItOnlyUpwards() {
    Autogenerate.NewMigration created = generate(IDENTITIES, Snapshot.initial(), RenameHints.none(), "create shop");
    Autogenerate.NewMigration switched = generate(SEQUENCES, created.snapshot(), DRAWN_FROM, "ids from sequences");

    String java = switched.javaSource().replaceAll("\\s+", " ");
    assertTrue(java.contains("op.alterColumnIdentity(\"orders\", \"id\", Identity.BY_DEFAULT, Identity.NONE,"
        + " QualifiedName.of(\"orders_seq\"));"), java);
    assertTrue(java.contains("op.alterColumnIdentity(\"parcels\", \"id\", Identity.BY_DEFAULT, Identity.NONE,"
        + " QualifiedName.of(\"fleet_ids\"));"), java);
    assertTrue(java.contains("op.alterColumnIdentity(\"orders\", \"id\", Identity.NONE, Identity.BY_DEFAULT);"), java);

    Operation orders = switched.source().upgrade().stream()
        .filter(op -> op instanceof Operation.AlterColumnIdentity change && change.table().name().equals("orders"))
        .findFirst().orElseThrow();
    assertEquals(List.of("ALTER TABLE orders ALTER COLUMN id DROP IDENTITY",
            "SELECT setval('orders_seq', ids.high) FROM (SELECT max(id) AS high FROM orders) AS ids"
                + " WHERE ids.high >= (SELECT last_value FROM orders_seq)"),
        new PostgresSqlRenderer().render(orders));
    assertEquals(List.of("ALTER TABLE orders ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY",
            "SELECT setval(pg_get_serial_sequence('orders', 'id'), ids.high) FROM (SELECT max(id) AS high FROM orders)"
                + " AS ids WHERE ids.high >= 1"),
        new PostgresSqlRenderer().render(orders.inverse()));
  }

  @Test
  void withoutADeclaredSequenceTheIdentityIsDroppedAsBeforeAndEachDropIsARiskNamingItsColumn() {
    Autogenerate.NewMigration created = generate(IDENTITIES, Snapshot.initial(), RenameHints.none(), "create shop");
    Autogenerate.NewMigration switched = generate(SEQUENCES, created.snapshot(), RenameHints.none(), "ids from sequences");
    assertTrue(switched.javaSource().contains(
        "op.alterColumnIdentity(\"orders\", \"id\", Identity.BY_DEFAULT, Identity.NONE);"), switched.javaSource());
    List<String> risks = switched.risks().stream().filter(r -> r.kind() == Risk.Kind.IDENTITY_WITHOUT_SEQUENCE)
        .map(Risk::description).toList();
    assertEquals(4, risks.size(), risks.toString());
    assertTrue(risks.stream().anyMatch(r -> r.startsWith("drops the identity of orders.id with no sequence to hand its"
        + " values to") && r.endsWith("op.execute(\"SELECT setval('<sequence>', (SELECT max(id) FROM orders))\")")), risks.toString());
    assertEquals(List.of(), generate(SEQUENCES, created.snapshot(), DRAWN_FROM, "ids from sequences").risks(),
        "an identity handed to its sequence is no risk");
  }

  @Test
  void theOfflineScriptAndTheRuntimeAdvanceTheSequencesSoInsertsSucceedAndTheDowngradeRestartsTheIdentitiesPastTheRows(
      TestDatabase db, @TempDir Path dir) throws Exception {
    Autogenerate.NewMigration first = generate(IDENTITIES, Snapshot.initial(), RenameHints.none(), "create shop");
    Autogenerate.NewMigration switched = generate(SEQUENCES, first.snapshot(), DRAWN_FROM, "ids from sequences");
    List<Migration> migrations = SourceCompiler.compileAndInstantiate(
        List.<MigrationSource>of(first.source(), switched.source()), List.of(first.javaSource(), switched.javaSource()),
        dir);

    String created = first.source().revision().id();
    String next = switched.source().revision().id();
    String upgradeScript = Retort.configure().migrations(migrations).load().offlineSql(created, next);
    assertTrue(upgradeScript.contains("SELECT setval('orders_seq', ids.high) FROM (SELECT max(id) AS high FROM orders)"),
        upgradeScript);
    String downgradeScript = Retort.configure().migrations(migrations).load().offlineSql(next, created);
    assertTrue(downgradeScript.contains("SELECT setval(pg_get_serial_sequence('orders', 'id'), ids.high)"), downgradeScript);

    Retort.configure().dataSource(db.dataSource()).migrations(migrations.get(0)).migrate();
    db.execute("INSERT INTO orders (note) SELECT 'order ' || n FROM generate_series(1, 120) n");
    db.execute("INSERT INTO items (note) SELECT 'item ' || n FROM generate_series(1, 500) n");
    db.execute("INSERT INTO parcels (note) SELECT 'parcel ' || n FROM generate_series(1, 30) n");

    Retort.configure().dataSource(db.dataSource()).migrations(migrations).migrate();

    // Hibernate's pooled optimizer takes nextval as the top of a block of allocationSize ids.
    long top = value(db, "SELECT nextval('orders_seq')");
    assertTrue(top - 49 > 120, "the first block of ids starts past the rows: " + top);
    db.execute("INSERT INTO orders (id, note) VALUES (" + (top - 49) + ", 'first of block'), (" + top + ", 'last of block')");
    assertEquals(501, value(db, "SELECT nextval('fleet_ids')"), "the shared sequence is past the larger table's ids");
    db.execute("INSERT INTO items (id, note) VALUES (nextval('fleet_ids'), 'new item')");
    db.execute("INSERT INTO parcels (id, note) VALUES (nextval('fleet_ids'), 'new parcel')");
    assertEquals(1, value(db, "SELECT nextval('notes_seq')"), "the empty table's sequence keeps its start");

    Retort.configure().dataSource(db.dataSource()).migrations(migrations).load()
        .downgrade(created);
    for (String table : List.of("orders", "items", "parcels", "notes")) {
      db.execute("INSERT INTO " + table + " (note) VALUES ('after downgrade')");
    }
    assertEquals(top + 1, value(db, "SELECT max(id) FROM orders"), "the identity restarted past the ids of the sequence");
    assertEquals(1, value(db, "SELECT max(id) FROM notes"), "an empty table's identity starts at 1");
    assertEquals(503, value(db, "SELECT max(id) FROM items"));
  }

  private static long value(TestDatabase db, String sql) throws Exception {
    return db.query(sql, rows -> {
      rows.next();
      return rows.getLong(1);
    });
  }
}
