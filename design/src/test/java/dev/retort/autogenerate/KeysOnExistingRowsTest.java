package dev.retort.autogenerate;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.index;
import static dev.retort.migration.Definitions.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.compare.RenameHints;
import dev.retort.design.Engine;
import dev.retort.design.Finding;
import dev.retort.evolution.ModelEvolution;
import dev.retort.design.DesignMessage;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.model.SchemaModel;
import dev.retort.render.java.MigrationSource;
import dev.retort.render.java.SourceCompiler;
import dev.retort.runtime.Retort;
import dev.retort.snapshot.Snapshot;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A primary key, a unique constraint and a unique index added to a table that exists can fail on
 * the rows it holds: the generated source marks each with the queries that find those rows, the
 * engine warns (RTR-1042), and on PostgreSQL the queries find exactly the rows the migration fails on.
 */
@PostgresTest
class KeysOnExistingRowsTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 9, 0);

  private static SchemaModel model(Consumer<Operations> body) {
    return ModelEvolution.apply(SchemaModel.empty(), Operations.recordedBy(body));
  }

  private static final SchemaModel LOOSE = model(op -> op.createTable("drivers", t -> t
      .column(column("id", bigint()))
      .column(column("email", varchar(100)))
      .column(column("badge", varchar(20)))
      .column(column("region", varchar(20)))));

  private static final SchemaModel KEYED = model(op -> op.createTable("drivers", t -> t
      .column(column("id", bigint()).notNull())
      .column(column("email", varchar(100)))
      .column(column("badge", varchar(20)))
      .column(column("region", varchar(20)))
      .primaryKey("drivers_pkey", "id")
      .unique("drivers_email_key", "email")
      .index(index("ix_drivers_badge_region", "badge", "region").asUnique())));

  private static Autogenerate.NewMigration generate(SchemaModel model, Snapshot committed, String message) {
    return (Autogenerate.NewMigration) Autogenerate.run(new Autogenerate.Request(model, committed, RenameHints.none(),
        "com.acme.fleet.migrations", NOW, message, Set.of(), false));
  }

  /** The SQL lines of the CHECKS ROWS markers in {@code source}, in order. */
  private static List<String> markedQueries(String source) {
    List<String> queries = new ArrayList<>();
    boolean inMarker = false;
    for (String line : source.lines().map(String::strip).toList()) {
      if (line.startsWith("// CHECKS ROWS:")) {
        inMarker = true;
      } else if (inMarker && line.startsWith("// SELECT")) {
        queries.add(line.substring("// ".length()));
      } else {
        inMarker = false;
      }
    }
    return queries;
  }

  @Test
  void eachKeyOrUniqueAddedToATableThatExistsIsMarkedWithTheQueriesThatFindTheRowsItFailsOn() {
    Autogenerate.NewMigration created = generate(LOOSE, Snapshot.initial(), "create drivers");
    Autogenerate.NewMigration keyed = generate(KEYED, created.snapshot(), "key drivers");
    String source = keyed.javaSource();
    assertTrue(source.contains("    // CHECKS ROWS: drivers_pkey fails if rows of drivers that exist hold duplicate values or"
        + " NULLs in (id); find them first:\n"
        + "    // SELECT id, count(*) FROM drivers GROUP BY id HAVING count(*) > 1\n"
        + "    // SELECT count(*) FROM drivers WHERE id IS NULL\n"), source);
    assertTrue(source.contains("    // CHECKS ROWS: drivers_email_key fails if rows of drivers that exist hold duplicate"
        + " values in (email); find them first:\n"
        + "    // SELECT email, count(*) FROM drivers WHERE email IS NOT NULL GROUP BY email HAVING count(*) > 1\n"), source);
    assertEquals(4, markedQueries(source).size(), source);
    assertTrue(created.javaSource().lines().noneMatch(line -> line.contains("CHECKS ROWS")), "a new table's keys check no rows");
    assertEquals(List.of(), created.risks());

    List<Risk> checks = keyed.risks().stream().filter(r -> r.kind() == Risk.Kind.CHECKS_EXISTING_ROWS).toList();
    assertEquals(3, checks.size(), keyed.risks().toString());
    assertTrue(checks.get(0).description().startsWith("adds primary key drivers_pkey on drivers (id), which fails if rows"
        + " that exist hold duplicate values or NULLs there; find them with SELECT id, count(*) FROM drivers"), checks.get(0).description());

    Engine.Generation generation = Engine.autogenerate(new Autogenerate.Request(KEYED, created.snapshot(), RenameHints.none(),
        "com.acme.fleet.migrations", NOW, "key drivers", Set.of(), false), new Engine.Layout(Path.of("migrations"),
        "com.acme.fleet.migrations", Path.of("migrations/retort.snapshot")), null);
    List<Finding> warnings = generation.findings().stream().filter(f -> f.message() == DesignMessage.KEY_CHECKS_EXISTING_ROWS).toList();
    assertEquals(3, warnings.size(), generation.findings().toString());
    assertTrue(warnings.get(1).text().startsWith("RTR-1042 Migration V20261207_0900__key_drivers adds unique"
        + " drivers_email_key on drivers (email)"), warnings.get(1).text());
  }

  @Test
  void theMarkedQueriesFindTheRowsTheMigrationFailsOnAndOnceTheyAreResolvedItApplies(TestDatabase db, @TempDir Path dir)
      throws Exception {
    Autogenerate.NewMigration created = generate(LOOSE, Snapshot.initial(), "create drivers");
    Autogenerate.NewMigration keyed = generate(KEYED, created.snapshot(), "key drivers");
    List<Migration> migrations = SourceCompiler.compileAndInstantiate(
        List.<MigrationSource>of(created.source(), keyed.source()), List.of(created.javaSource(), keyed.javaSource()), dir);
    Retort.configure().dataSource(db.dataSource()).migrations(migrations.get(0)).migrate();
    db.execute("INSERT INTO drivers (id, email, badge, region) VALUES (1, 'a@x', 'B1', 'north'), (1, 'b@x', 'B2', 'north'),"
        + " (NULL, 'a@x', 'B1', 'north'), (4, NULL, 'B1', NULL), (5, NULL, 'B1', NULL)");

    assertThrows(RuntimeException.class,
        () -> Retort.configure().dataSource(db.dataSource()).migrations(migrations).migrate());
    List<String> queries = markedQueries(keyed.javaSource());
    assertEquals(List.of(
            "SELECT id, count(*) FROM drivers GROUP BY id HAVING count(*) > 1",
            "SELECT count(*) FROM drivers WHERE id IS NULL",
            "SELECT email, count(*) FROM drivers WHERE email IS NOT NULL GROUP BY email HAVING count(*) > 1",
            "SELECT badge, region, count(*) FROM drivers WHERE badge IS NOT NULL AND region IS NOT NULL"
                + " GROUP BY badge, region HAVING count(*) > 1"),
        queries);
    assertEquals("1", first(db, queries.get(0)), "the duplicate id");
    assertEquals("1", first(db, queries.get(1)), "one row without an id");
    assertEquals("a@x", first(db, queries.get(2)), "the duplicate email; NULLs are never duplicates");
    assertEquals("B1", first(db, queries.get(3)), "the duplicate badge in the north; rows without a region are not alike");

    db.execute("DELETE FROM drivers WHERE id IS NULL");
    db.execute("UPDATE drivers SET id = 2, badge = 'B3' WHERE email = 'b@x'");
    assertEquals(null, first(db, queries.get(0)));
    assertEquals("0", first(db, queries.get(1)));
    assertEquals(null, first(db, queries.get(2)));
    assertEquals(null, first(db, queries.get(3)));
    Retort.configure().dataSource(db.dataSource()).migrations(migrations).migrate();
    assertEquals(4L, (long) db.query("SELECT count(*) FROM drivers", rows -> {
      rows.next();
      return rows.getLong(1);
    }));
  }

  private static String first(TestDatabase db, String sql) throws Exception {
    return db.query(sql, rows -> rows.next() ? rows.getString(1) : null);
  }
}
