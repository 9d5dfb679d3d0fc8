package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The online forms through the {@code retort} command: autogenerate writes them for tables that
 * exist, {@code retort sql} prints them (outside BEGIN/COMMIT), upgrade applies them to tables with
 * rows and downgrade reverses them.
 */
@PostgresTest
class OnlinePlansCliIT {

  private final TestDatabase db;
  @TempDir Path directory;

  OnlinePlansCliIT(TestDatabase db) {
    this.db = db;
  }

  @Test
  void autogenerateWritesTheOnlineFormsAndRetortSqlPrintsThemOutsideATransaction() throws Exception {
    FixtureProject project = new FixtureProject(directory.resolve("fleet"));
    Files.createDirectories(project.root());
    Map<String, String> none = Map.of();
    Map<String, String> env = Map.of("DATABASE_URL", GuideWorkflowIT.libpqUrl(db));

    project.entity("Driver", """
        @Entity
        @Table(name = "drivers")
        public class Driver {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
          String name;
          String email;
        }""").compile();
    String created = project.retort(none, "autogenerate", "-m", "create drivers", "--timestamp", "2026-02-01T09:00",
        "--json").exits(0).json().getAsJsonObject().get("revision").getAsString();
    project.compile();
    project.retort(env, "upgrade").exits(0);
    db.execute("INSERT INTO drivers (name, email) SELECT 'driver ' || n, 'd' || n || '@example.com'"
        + " FROM generate_series(1, 200) n");

    project.entity("Driver", """
        @Entity
        @Table(name = "drivers", indexes = @Index(name = "ix_drivers_name", columnList = "name"))
        public class Driver {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
          @Column(nullable = false) String name;
          @Column(unique = true) String email;
          String phone;
        }""").compile();
    project.retort(none, "autogenerate", "-m", "tighten drivers", "--timestamp", "2026-02-01T10:00").exits(0)
        .prints("tighten_drivers_part_1_of_2", "tighten_drivers_part_2_of_2");
    project.compile();

    CliRun sql = project.retort(none, "sql", created + ":head").exits(0)
        .prints("CREATE INDEX CONCURRENTLY ix_drivers_name ON drivers (name)",
            "ADD CONSTRAINT retort_name_not_null CHECK (name IS NOT NULL) NOT VALID",
            "ALTER TABLE drivers VALIDATE CONSTRAINT retort_name_not_null",
            "ALTER TABLE drivers ALTER COLUMN name SET NOT NULL",
            "ALTER TABLE drivers DROP CONSTRAINT retort_name_not_null",
            "CREATE UNIQUE INDEX CONCURRENTLY", "UNIQUE USING INDEX")
        .neverShows("CREATE TABLE drivers");
    String script = sql.out();
    int concurrently = script.indexOf("CREATE INDEX CONCURRENTLY");
    int begin = script.lastIndexOf("BEGIN", concurrently);
    assertTrue(begin < 0 || script.lastIndexOf("COMMIT", concurrently) > begin,
        "the concurrent build runs outside a transaction:\n" + script);
    assertTrue(script.contains("BEGIN"), "the added column runs in a transaction of its own:\n" + script);

    project.retort(env, "upgrade").exits(0);
    assertEquals(List.of("NO"), db.query("SELECT is_nullable FROM information_schema.columns WHERE table_name = 'drivers'"
        + " AND column_name = 'name'", rows -> {
          rows.next();
          return List.of(rows.getString(1));
        }));
    assertEquals(0L, (long) db.query("SELECT count(*) FROM pg_constraint WHERE NOT convalidated OR conname LIKE 'retort%not_null'",
        rows -> {
          rows.next();
          return rows.getLong(1);
        }), "every constraint is validated and the proof of NOT NULL is gone");
    project.retort(env, "check").exits(0);

    project.retort(none, "downgrade", "--sql", "head:" + created).exits(0).prints("DROP INDEX CONCURRENTLY");
    project.retort(env, "downgrade", created).exits(0);
    assertEquals(0L, (long) db.query("SELECT count(*) FROM pg_indexes WHERE tablename = 'drivers'"
        + " AND indexname <> 'drivers_pkey'", rows -> {
          rows.next();
          return rows.getLong(1);
        }), "the downgrade dropped the index and the unique constraint");
    project.retort(env, "upgrade").exits(0);
    project.retort(env, "check").exits(0);
  }
}
