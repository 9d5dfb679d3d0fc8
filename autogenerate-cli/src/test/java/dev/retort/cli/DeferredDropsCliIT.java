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
 * Expand, then contract, through the {@code retort} command on PostgreSQL: with {@code retort.deferDrops} a
 * column the entities dropped stays in the database, made nullable so the new code inserts without it, and
 * {@code check} finds no difference; {@code autogenerate --apply-pending-drops} later drops it.
 */
@PostgresTest
class DeferredDropsCliIT {

  private final TestDatabase db;
  @TempDir Path directory;

  DeferredDropsCliIT(TestDatabase db) {
    this.db = db;
  }

  private List<String> columns() throws Exception {
    return db.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'drivers' ORDER BY 1",
        rows -> {
          List<String> names = new java.util.ArrayList<>();
          while (rows.next()) {
            names.add(rows.getString(1));
          }
          return names;
        });
  }

  @Test
  void aDroppedColumnStaysNullableUntilThePendingDropsAreApplied() throws Exception {
    FixtureProject project = new FixtureProject(directory.resolve("fleet")).withProcessorOption("retort.deferDrops=true");
    Files.createDirectories(project.root());
    Map<String, String> none = Map.of();
    Map<String, String> env = Map.of("DATABASE_URL", GuideWorkflowIT.libpqUrl(db));
    project.entity("Driver", """
        @Entity
        @Table(name = "drivers")
        public class Driver {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
          String name;
          @Column(nullable = false) String phone;
        }""").compile();
    project.retort(none, "autogenerate", "-m", "create drivers", "--timestamp", "2026-03-01T09:00").exits(0);
    project.compile();
    project.retort(env, "upgrade").exits(0);
    db.execute("INSERT INTO drivers (name, phone) VALUES ('old release', '555')");

    project.entity("Driver", """
        @Entity
        @Table(name = "drivers")
        public class Driver {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
          String name;
        }""").compile();
    project.retort(none, "autogenerate", "-m", "stop using phone", "--timestamp", "2026-03-02T09:00").exits(0)
        .prints("makes column phone of drivers nullable").complains("RTR-1085", "column phone of drivers");
    project.compile();
    project.retort(env, "upgrade").exits(0);
    db.execute("INSERT INTO drivers (name) VALUES ('new release')");
    assertEquals(List.of("id", "name", "phone"), columns(), "the old release still reads phone");
    project.retort(env, "check").exits(0);
    project.retort(none, "autogenerate", "-m", "again", "--timestamp", "2026-03-02T10:00").exits(0).prints("No changes");

    project.retort(none, "autogenerate", "--apply-pending-drops", "--timestamp", "2026-03-03T09:00").exits(0)
        .prints("drops column phone of drivers").complains("RTR-1086");
    assertTrue(!project.read(FixtureProject.MIGRATIONS_DIR + "/retort.snapshot").contains("pending"));
    project.compile();
    project.retort(env, "upgrade").exits(0);
    assertEquals(List.of("id", "name"), columns());
    project.retort(env, "check").exits(0);
  }
}
