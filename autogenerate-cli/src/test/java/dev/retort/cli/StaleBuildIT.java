package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily loop on a build that has not caught up with its sources: every command that reads the
 * compiled classes stops with RTR-1118 and exit code 7, naming the files to compile, instead of
 * reporting "Nothing to do" or "No changes" about an older build; after a compile it goes on.
 */
@PostgresTest
class StaleBuildIT {

  private static final String VEHICLE = """
      @Entity
      @Table(name = "vehicles")
      public class Vehicle {
        @Id Long id;
        String vin;
      %s}""";

  private final TestDatabase db;
  @TempDir Path directory;
  private FixtureProject project;
  private Map<String, String> env;

  StaleBuildIT(TestDatabase db) {
    this.db = db;
  }

  /** The project every test starts from, built once for the class: each test works on its own compiled copy. */
  private static FixtureProject firstMigration;

  /** An application with one entity and the migration the CLI generated for it. */
  @BeforeAll
  static void aProjectWithItsFirstMigration(@TempDir Path shared) throws Exception {
    firstMigration = new FixtureProject(shared.resolve("app"));
    Files.createDirectories(firstMigration.root());
    firstMigration.entity("Vehicle", VEHICLE.formatted("")).compile();
    firstMigration.retort(Map.of(), "autogenerate", "-m", "create vehicles", "--timestamp", "2026-02-01T08:00").exits(0);
  }

  @BeforeEach
  void aProjectWhoseFirstMigrationIsApplied() throws Exception {
    db.execute("DROP TABLE IF EXISTS vehicles, retort_history CASCADE");
    project = firstMigration.copyTo(directory.resolve("app"));
    env = Map.of("DATABASE_URL", GuideWorkflowIT.libpqUrl(db));
    project.retort(env, "init").exits(0);
  }

  @Test
  void anUpgradeAfterRevisionWithoutACompileStopsAndNamesTheUncompiledMigration() throws Exception {
    project.retort(Map.of(), "revision", "-m", "backfill vins", "--timestamp", "2026-02-02T08:00").exits(0);

    project.retort(env, "upgrade", "head").exits(7)
        .complains("RTR-1118", "V20260202_0800__backfill_vins.java has no compiled class", "mvn compile");
    project.retort(env, "history").exits(7).complains("RTR-1118");

    project.compile();
    project.retort(env, "upgrade", "head").exits(0).prints("Applied 1 revision (20260202_0800)");
  }

  @Test
  void autogenerateAfterAnEntityEditWithoutACompileStopsAndNamesTheEditedEntity() throws Exception {
    project.entity("Vehicle", VEHICLE.formatted("  String colour;\n"));

    project.retort(Map.of(), "autogenerate", "-m", "add colour").exits(7)
        .complains("RTR-1118", "Vehicle.java is newer than the entities' model", "mvn compile");
    project.retort(env, "check").exits(7).complains("Vehicle.java");
    project.retort(env, "diff").exits(7).complains("Vehicle.java");

    project.compile();
    project.retort(Map.of(), "autogenerate", "-m", "add colour", "--timestamp", "2026-02-03T08:00").exits(0)
        .prints("Generated");
  }

  @Test
  void aMigrationEditedAfterTheCompileStopsCurrent() throws Exception {
    String migration = FixtureProject.MIGRATIONS_DIR + "/V20260201_0800__create_vehicles.java";
    Path file = project.root().resolve(migration);
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));

    project.retort(env, "current").exits(7)
        .complains("V20260201_0800__create_vehicles.java is newer than its compiled class");
  }

  @Test
  void aMigrationWhoseSourceWasDeletedStopsTheUpgrade() throws Exception {
    project.retort(Map.of(), "revision", "-m", "backfill vins", "--timestamp", "2026-02-02T08:00").exits(0);
    project.compile();
    List<String> files = project.migrationFiles();
    assertEquals(2, files.size(), files.toString());
    Files.delete(project.root().resolve(FixtureProject.MIGRATIONS_DIR).resolve("V20260202_0800__backfill_vins.java"));

    CliRun run = project.retort(env, "upgrade").exits(7)
        .complains("V20260202_0800__backfill_vins.java was deleted, but its compiled migration is still in the build");
    assertTrue(run.describe().contains("RTR-1118"), run.describe());
  }

  @Test
  void aFreshBuildPassesWithoutComplaint() throws Exception {
    project.retort(env, "upgrade").exits(0).prints("Nothing to do");
    project.retort(env, "check").exits(0);
  }
}
