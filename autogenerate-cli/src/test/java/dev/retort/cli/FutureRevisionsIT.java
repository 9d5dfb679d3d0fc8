package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rollback, as the CLI meets it: the application's sources are checked out at an older commit
 * and compiled, and the database stays where the newer build migrated it. Under the default
 * policy every command tells the truth about the newer revision and nothing moves under it; the
 * fail policy, from the flag, the environment or {@code .env}, refuses it.
 */
@PostgresTest
class FutureRevisionsIT {

  private static final String VEHICLE = """
      @Entity
      @Table(name = "vehicles")
      public class Vehicle {
        @Id Long id;
        String vin;
      %s}""";

  private static final String NEWER = "20260302_0800_add_colour";

  /** How the CLI shows NEWER: its creation minute, which no revision of the build starts with. */
  private static final String NEWER_SHORT = "20260302_0800";

  private final TestDatabase db;
  @TempDir Path directory;

  FutureRevisionsIT(TestDatabase db) {
    this.db = db;
  }

  @Test
  void anOlderBuildOnANewerDatabaseSaysSoAndMovesNothing() throws Exception {
    FixtureProject project = new FixtureProject(directory.resolve("app"));
    Files.createDirectories(project.root());
    Map<String, String> env = Map.of("DATABASE_URL", GuideWorkflowIT.libpqUrl(db));
    project.entity("Vehicle", VEHICLE.formatted("")).compile();
    project.retort(Map.of(), "autogenerate", "-m", "create vehicles", "--timestamp", "2026-03-01T08:00").exits(0);
    project.gitOk("init", "-q");
    project.gitOk("add", "-A", "src");
    project.gitOk("commit", "-qm", "release 1");
    project.entity("Vehicle", VEHICLE.formatted("  String colour;\n")).compile();
    project.retort(Map.of(), "autogenerate", "-m", "add colour", "--timestamp", "2026-03-02T08:00").exits(0);
    project.compile();
    project.retort(env, "upgrade").exits(0).prints("(20260301_0800, " + NEWER_SHORT + ")");

    // Roll back to release 1: its sources, compiled.
    project.gitOk("add", "-A", "src");
    project.gitOk("commit", "-qm", "release 2");
    project.gitOk("checkout", "-q", "HEAD~1");
    project.compile();

    project.retort(env, "upgrade").exits(0).prints("Nothing to do", "newer build", NEWER_SHORT + ".");
    project.retort(env, "current").exits(0).prints(NEWER_SHORT + ", add colour [applied, not in this build]");
    JsonObject current = project.retort(env, "current", "--json").exits(0).json().getAsJsonObject()
        .getAsJsonArray("current").get(0).getAsJsonObject();
    assertEquals(NEWER, current.get("revision").getAsString());
    assertEquals(false, current.get("inBuild").getAsBoolean());
    project.retort(env, "history").exits(0).prints(NEWER_SHORT + " (current), add colour [applied, not in this build]");
    project.retort(env, "check").exits(0).complains("RTR-310", NEWER);
    project.retort(env, "downgrade", "-1").exits(5).complains("RTR-312", NEWER);
    project.retort(env, "stamp", "head").exits(5).complains("RTR-312");
    Integer rows = db.query("SELECT count(*) FROM retort_history", result -> {
      result.next();
      return result.getInt(1);
    });
    assertEquals(2, rows);

    project.retort(env, "upgrade", "--future-revisions", "fail").exits(5).complains("RTR-302", NEWER);
    Map<String, String> failing = new HashMap<>(env);
    failing.put("RETORT_FUTURE_REVISIONS", "fail");
    project.retort(failing, "check").exits(1).prints("RTR-302");
    Files.writeString(project.root().resolve(".env"), "RETORT_FUTURE_REVISIONS=fail\n");
    project.retort(env, "upgrade").exits(5).complains("RTR-302");
    project.retort(env, "upgrade", "--future-revisions", "ignore").exits(0);
    project.retort(env, "upgrade", "--future-revisions", "skip").exits(2).complains("RTR-313");
  }
}
