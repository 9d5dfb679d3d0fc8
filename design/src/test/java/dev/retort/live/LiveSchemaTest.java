package dev.retort.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.compare.SchemaDiff;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.ops.Operation;
import dev.retort.render.sql.PostgresSqlRenderer;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The drift check's fast paths against a real database: expressions the database already holds
 * word for word need no probe, yet a change made by hand to one of them is still found; and the
 * diff of only the differing tables says what the diff of every table says.
 */
@PostgresTest
class LiveSchemaTest {

  private static final ColumnType BIGINT = new ColumnType.Int(ColumnType.IntKind.BIGINT);
  private static final ColumnType INTEGER = new ColumnType.Int(ColumnType.IntKind.INTEGER);

  /** Written as PostgreSQL writes them back, except the status check, written as Hibernate writes it. */
  private static final Table ORDER_LINE = Table.named(QualifiedName.of("order_line"))
      .withColumn(Column.of("id", BIGINT).generatedAs(Identity.BY_DEFAULT))
      .withColumn(Column.of("qty", INTEGER).notNull().defaultValue("1"))
      .withColumn(Column.of("status", new ColumnType.Varchar(16)))
      .withColumn(Column.of("note", new ColumnType.Text()).defaultValue("'none'::text"))
      .withPrimaryKey(new PrimaryKey("order_line_pkey", List.of("id")))
      .withIndexes(List.of(Index.of("ix_order_line_big", "qty").where("(qty > 10)")))
      .withChecks(List.of(new CheckConstraint("order_line_qty_check", "(qty > 0)"),
          new CheckConstraint("order_line_status_check", "status in ('OPEN','DONE')")));

  private final TestDatabase db;

  LiveSchemaTest(TestDatabase db) {
    this.db = db;
  }

  @BeforeEach
  void createTheModelsSchema() throws Exception {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA public CASCADE");
      statement.execute("CREATE SCHEMA public");
      for (Operation operation : SchemaDiff.between(SchemaModel.empty(), model())) {
        for (String sql : new PostgresSqlRenderer().render(operation)) {
          statement.execute(sql);
        }
      }
    }
  }

  @Test
  void onlyTheExpressionsWhoseTextTheDatabaseDoesNotHoldAreProbed() throws SQLException {
    try (Connection connection = db.connect()) {
      ServerWording wording = new ServerWording(model(), LiveSchema.read(connection, model()));

      List<Table> probes = wording.probes();

      assertEquals(1, probes.size(), probes.toString());
      assertEquals(List.of("status"), probes.get(0).columns().stream().map(Column::name).toList());
      assertEquals(1, probes.get(0).checks().size(), probes.toString());
      assertEquals(List.of(), probes.get(0).indexes());
      assertEquals(List.of(), LiveSchema.drift(connection, model()));
    }
  }

  @Test
  void aChangeByHandToAnExpressionTheDatabaseHeldWordForWordIsStillFound() throws SQLException {
    db.execute("ALTER TABLE order_line DROP CONSTRAINT order_line_qty_check");
    db.execute("ALTER TABLE order_line ADD CONSTRAINT order_line_qty_check CHECK (qty > 1)");
    db.execute("ALTER TABLE order_line ALTER COLUMN qty SET DEFAULT 2");
    db.execute("DROP INDEX ix_order_line_big");
    db.execute("CREATE INDEX ix_order_line_big ON order_line (qty) WHERE qty > 20");
    db.execute("ALTER TABLE order_line ALTER COLUMN note SET DEFAULT 'nothing'");

    try (Connection connection = db.connect()) {
      String drift = LiveSchema.drift(connection, model()).stream().map(Operation::toString).collect(Collectors.joining("\n"));

      for (String expected : List.of("order_line_qty_check", "(qty > 1)", "2", "ix_order_line_big", "(qty > 20)",
          "'nothing'::text")) {
        assertTrue(drift.contains(expected), expected + " in\n" + drift);
      }
      assertTrue(!drift.contains("order_line_status_check"), drift);
    }
  }

  @Test
  void aModelWithoutExpressionsSequencesOrEnumTypesIsItsOwnServerWording() throws SQLException {
    SchemaModel plain = new SchemaModel(Set.of(), List.of(Table.named(QualifiedName.of("plain"))
        .withColumn(Column.of("id", BIGINT).notNull())), List.of(), List.of());
    try (Connection connection = db.connect()) {
      assertTrue(LiveSchema.canonical(connection, plain, LiveSchema.read(connection, plain)) == plain);
    }
  }

  @Test
  void theDiffOfTheDifferingTablesIsTheDiffOfEveryTable() {
    Table parent = Table.named(QualifiedName.of("parent"))
        .withColumn(Column.of("id", BIGINT).notNull())
        .withPrimaryKey(new PrimaryKey("parent_pkey", List.of("id")));
    Table child = Table.named(QualifiedName.of("child"))
        .withColumn(Column.of("id", BIGINT).notNull())
        .withColumn(Column.of("parent_id", BIGINT))
        .withForeignKeys(List.of(ForeignKey.of("child_parent_fk", List.of("parent_id"), parent.name(), List.of("id"))));
    Table grandchild = Table.named(QualifiedName.of("grandchild"))
        .withColumn(Column.of("child_id", BIGINT))
        .withForeignKeys(List.of(ForeignKey.of("grandchild_child_fk", List.of("child_id"), child.name(), List.of("id"))));
    Table other = Table.named(QualifiedName.of("other")).withColumn(Column.of("x", INTEGER));
    SchemaModel expected = new SchemaModel(Set.of(), List.of(parent, child, other, ORDER_LINE), List.of(), List.of());
    List<SchemaModel> lives = List.of(
        expected,
        // A table the database lacks, whose foreign key targets an equal table; and one it has in addition.
        new SchemaModel(Set.of(), List.of(parent, other, grandchild, ORDER_LINE), List.of(), List.of()),
        // A changed column and a changed check beside equal tables.
        new SchemaModel(Set.of(), List.of(parent, child.withColumn(Column.of("extra", INTEGER)), other,
            ORDER_LINE.withChecks(List.of(new CheckConstraint("order_line_qty_check", "(qty > 5)")))), List.of(), List.of()),
        SchemaModel.empty());
    for (SchemaModel live : lives) {
      assertEquals(SchemaDiff.between(expected, live), LiveSchema.differences(expected, live));
      assertEquals(SchemaDiff.between(live, expected), LiveSchema.differences(live, expected));
    }
  }

  private static SchemaModel model() {
    return new SchemaModel(Set.of(), List.of(ORDER_LINE), List.of(), List.of());
  }
}
