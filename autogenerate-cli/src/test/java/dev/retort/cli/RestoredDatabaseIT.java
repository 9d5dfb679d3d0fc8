package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guides' rollback plan, for real: a migrated database is copied with {@code pg_dump} and
 * {@code psql} into a fresh one, as a restore from backup does, and {@code retort check} and
 * {@code retort diff} find the copy at the head with no drift, although the server words the enum
 * column's check constraint differently after the restore.
 */
@PostgresTest
class RestoredDatabaseIT {

  private final TestDatabase db;
  @TempDir Path directory;

  RestoredDatabaseIT(TestDatabase db) {
    this.db = db;
  }

  @Test
  void aDatabaseRestoredFromPgDumpShowsNoDrift() throws Exception {
    FixtureProject project = new FixtureProject(directory.resolve("app"));
    Files.createDirectories(project.root());
    project.entity("Status", "public enum Status { ACTIVE, RETIRED, IN_REPAIR }");
    project.entity("Vehicle", """
        @Entity
        @Table(name = "vehicles")
        public class Vehicle {
          @Id Long id;
          @Enumerated(EnumType.STRING) Status status;
          @Enumerated(EnumType.ORDINAL) Status previous;
        }""").compile();
    project.retort(Map.of(), "autogenerate", "-m", "create vehicles", "--timestamp", "2026-04-01T08:00").exits(0);
    project.compile();
    Map<String, String> original = Map.of("DATABASE_URL", GuideWorkflowIT.libpqUrl(db));
    project.retort(original, "init").exits(0);

    TestDatabase restored = db.createSibling();
    Path dump = directory.resolve("backup.sql");
    run(List.of("pg_dump", "--no-owner", "--file", dump.toString()), db);
    run(List.of("psql", "--quiet", "--set", "ON_ERROR_STOP=1", "--file", dump.toString()), restored);
    String before = checkDefinition(db);
    String after = checkDefinition(restored);
    assertTrue(!before.equals(after), "the restore should reword the check: " + before + " / " + after);

    Map<String, String> copy = Map.of("DATABASE_URL", GuideWorkflowIT.libpqUrl(restored));
    project.retort(copy, "check").exits(0).prints("no drift");
    project.retort(copy, "diff").exits(0);
  }

  /** How the server words the status column's check constraint. */
  private static String checkDefinition(TestDatabase database) throws Exception {
    return database.query("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'vehicles'::regclass"
        + " AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%status%'", rows -> {
          rows.next();
          return rows.getString(1);
        });
  }

  /** Runs a PostgreSQL client against {@code database} with its configured credentials. */
  private static void run(List<String> command, TestDatabase database) throws Exception {
    URI url = URI.create(database.jdbcUrl().substring("jdbc:".length()));
    List<String> full = new java.util.ArrayList<>(command);
    full.addAll(List.of("--host", url.getHost(), "--port", String.valueOf(url.getPort() < 0 ? 5432 : url.getPort()),
        "--username", database.user() == null ? "postgres" : database.user(), "--no-password",
        "--dbname", url.getPath().substring(1)));
    ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", database.password() == null ? "" : database.password());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", command));
    assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + output);
  }
}
