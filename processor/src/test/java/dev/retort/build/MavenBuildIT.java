package dev.retort.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.build.MavenProject.ProcessResult;
import dev.retort.runtime.MigrationReport;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Maven builds of a small project that uses the processor: a changed entity yields exactly one
 * new migration, compiled by the same build and applied from its output; building again (no change,
 * an unrelated change, clean) never duplicates, regenerates or fails.
 */
@PostgresTest
class MavenBuildIT {

  /** Installs this build's parent, runtime and processor for the child builds; see {@link MavenProject#installThisBuildsArtifacts()}. */
  @BeforeAll
  static void installThisBuildsArtifacts() throws Exception {
    MavenProject.installThisBuildsArtifacts();
  }

  @Test
  void anEntityChangeYieldsOneMigrationThatTheSameBuildCompilesQuietlyAndRebuildsNeverDuplicateIt(TestDatabase db,
      @TempDir Path project) throws Exception {
    MavenProject fleet = new MavenProject(project);
    fleet.writeProject();
    writeDriver(fleet, "");

    assertQuietGeneration(fleet.build("2026-11-21T09:00", "compile").output());
    assertEquals(List.of("V20261121_0900__create_drivers.java"), fleet.migrationSources());
    assertTrue(Files.readString(fleet.migrations().resolve("retort.snapshot")).contains("head 20261121_0900_create_drivers"));
    assertEquals(List.of("20261121_0900_create_drivers"), fleet.applyFromBuildOutput(db).revisions());

    fleet.build("2026-11-21T09:05", "compile");
    MavenProject.touch(project.resolve("src/main/java/com/acme/fleet/Unrelated.java"), "package com.acme.fleet; class Unrelated {}\n");
    fleet.build("2026-11-21T09:10", "compile");
    fleet.build("2026-11-21T09:15", "clean", "compile");
    assertEquals(List.of("V20261121_0900__create_drivers.java"), fleet.migrationSources());

    writeDriver(fleet, "  private String phone;\n");
    assertQuietGeneration(fleet.build("2026-11-21T10:00", "compile").output());
    assertEquals(List.of("V20261121_0900__create_drivers.java", "V20261121_1000__add_phone_to_drivers.java"), fleet.migrationSources());
    assertEquals(List.of("20261121_1000_add_phone_to_drivers"), fleet.applyFromBuildOutput(db).revisions());

    fleet.build("2026-11-21T10:05", "clean", "compile");
    fleet.build("2026-11-21T10:10", "compile");
    assertEquals(2, fleet.migrationSources().size());
    assertEquals(List.of(), fleet.applyFromBuildOutput(db).revisions());
  }

  /** A generating build says what it wrote and nothing of javac's implicit compilation, which a reader cannot act on. */
  private static void assertQuietGeneration(String output) {
    assertTrue(output.contains("RTR-1003 Retort wrote migration"), output);
    assertFalse(output.contains("Implicitly compiled files were not subject to annotation processing"), output);
    assertFalse(output.contains("[WARNING]"), output);
  }

  @Test
  void aDeclaredRenameKeepsTheRowsThenIsNotedAsInertAndAnUndeclaredOneIsAWarningShowingTheHint(TestDatabase shared, @TempDir Path project)
      throws Exception {
    // A database of its own: the other scenario applies a different create_drivers under the same revision id.
    TestDatabase db = shared.createSibling();
    MavenProject fleet = new MavenProject(project);
    fleet.writeProject();
    writeDriver(fleet, "  private String phone;\n");
    fleet.build("2026-11-21T09:00", "compile");
    fleet.applyFromBuildOutput(db);
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      statement.execute("insert into drivers (name, phone) values ('Ada', '555-0100')");
    }

    writeDriver(fleet, "  @jakarta.persistence.Column(name = \"mobile\") @dev.retort.migration.RenamedFrom(\"phone\")\n"
        + "  private String phone;\n");
    fleet.build("2026-11-21T10:00", "compile");
    List<String> sources = fleet.migrationSources();
    assertEquals(2, sources.size(), sources.toString());
    String renaming = Files.readString(fleet.migrations().resolve(sources.get(1)));
    assertTrue(renaming.contains("op.renameColumn(\"drivers\", \"phone\", \"mobile\")"), renaming);
    assertEquals(1, fleet.applyFromBuildOutput(db).revisions().size());
    try (Connection connection = db.connect(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select mobile from drivers where name = 'Ada'")) {
      assertTrue(rows.next(), "the row did not survive the rename");
      assertEquals("555-0100", rows.getString(1));
    }

    ProcessResult rebuilt = fleet.tryBuild("2026-11-21T10:05", List.of(), "clean", "compile");
    assertEquals(0, rebuilt.exitCode(), rebuilt.output());
    assertTrue(rebuilt.output().contains("RTR-1010 @RenamedFrom(\"phone\") on Driver.phone is already in the migrations"), rebuilt.output());
    assertEquals(2, fleet.migrationSources().size());

    writeDriver(fleet, "  @jakarta.persistence.Column(name = \"cell\")\n  private String phone;\n");
    ProcessResult undeclared = fleet.tryBuild("2026-11-21T11:00", List.of(), "compile");
    assertEquals(0, undeclared.exitCode(), undeclared.output());
    assertTrue(undeclared.output().contains("RTR-1011 Migration V20261121_1100__")
        && undeclared.output().contains("drops column mobile of table drivers and adds column cell")
        && undeclared.output().contains("@RenamedFrom(\"mobile\")"), undeclared.output());
  }

  @Test
  void twoBranchesThatEachAddAMigrationAreStoppedAtCompileTimeUntilAMergeRevisionJoinsThem(TestDatabase shared,
      @TempDir Path project) throws Exception {
    TestDatabase db = shared.createSibling();
    MavenProject fleet = new MavenProject(project);
    fleet.writeProject();
    writeDriver(fleet, "");
    fleet.build("2026-11-21T09:00", "compile");
    Path snapshot = fleet.migrations().resolve("retort.snapshot");
    String base = Files.readString(snapshot);

    // Branch one adds a phone number; branch two, started from the same commit, an email.
    writeDriver(fleet, "  private String phone;\n");
    fleet.build("2026-11-21T10:00", "compile");
    // Branch two is checked out from the base commit: without branch one's migration and snapshot.
    Path phoneMigration = fleet.migrations().resolve("V20261121_1000__add_phone_to_drivers.java");
    String phoneSource = Files.readString(phoneMigration);
    Files.delete(phoneMigration);
    Files.writeString(snapshot, base);
    writeDriver(fleet, "  private String email;\n");
    fleet.build("2026-11-21T10:30", "compile");
    Files.writeString(phoneMigration, phoneSource);
    assertEquals(3, fleet.migrationSources().size());

    // The git merge: both migrations, both fields; the snapshot conflict resolved by keeping one side.
    writeDriver(fleet, "  private String phone;\n  private String email;\n");
    ProcessResult merged = fleet.tryBuild("2026-11-21T11:00", List.of(), "compile");
    assertEquals(1, merged.exitCode(), merged.output());
    assertTrue(merged.output().contains("RTR-1013") && merged.output().contains("20261121_1000_add_phone_to_drivers")
        && merged.output().contains("20261121_1030_add_email_to_drivers")
        && merged.output().contains("Revision.merge("), merged.output());
    assertEquals(3, fleet.migrationSources().size());

    // The fix the message describes: a merge revision, and the snapshot's head line pointing at it.
    MavenProject.touch(fleet.migrations().resolve("V20261121_1100__merge_heads.java"), """
        package com.acme.fleet.migrations;

        import dev.retort.migration.Migration;
        import dev.retort.migration.Operations;
        import dev.retort.migration.Revision;
        import java.util.List;

        public final class V20261121_1100__merge_heads implements Migration {
          @Override
          public Revision revision() {
            return Revision.merge("20261121_1100_merge_heads",
                List.of("20261121_1000_add_phone_to_drivers", "20261121_1030_add_email_to_drivers"), "merge heads");
          }

          @Override
          public void upgrade(Operations op) {}

          @Override
          public void downgrade(Operations op) {}
        }
        """);
    String model = Files.readString(project.resolve("target/classes/META-INF/retort/model.snapshot"));
    Files.writeString(snapshot, model.replaceFirst("(?m)^head .*$", "head 20261121_1100_merge_heads"));
    fleet.build("2026-11-21T11:30", "compile");
    assertEquals(4, fleet.migrationSources().size());

    MigrationReport report = fleet.applyFromBuildOutput(db);
    assertEquals(List.of("20261121_1100_merge_heads"), report.headsAfter());
    assertEquals(4, report.steps().size());
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      statement.execute("insert into drivers (name, phone, email) values ('Ada', '555-0100', 'ada@example.com')");
    }
  }

  @Test
  void aDatabaseChangedByHandIsReportedAsDriftNamingEachDifferenceAndNeverThePassword(TestDatabase shared,
      @TempDir Path project) throws Exception {
    TestDatabase db = shared.createSibling();
    MavenProject fleet = new MavenProject(project);
    fleet.writeProject();
    writeDriver(fleet, "");
    fleet.build("2026-11-21T09:00", "compile");
    fleet.applyFromBuildOutput(db);
    // The configured password, so that a server that checks it lets the build in; a trusting
    // server accepts any, and the test still needs one to prove that it is never printed.
    String password = db.password().isEmpty() ? "s3cret-pw" : db.password();
    List<String> live = List.of("-Dretort.jdbcUrl=" + db.jdbcUrl(), "-Dretort.jdbcUser=" + db.user(),
        "-Dretort.jdbcPassword=" + password);

    ProcessResult clean = fleet.tryBuild("2026-11-21T09:05", live, "clean", "compile");
    assertEquals(0, clean.exitCode(), clean.output());
    assertTrue(!clean.output().contains("RTR-1014") && !clean.output().contains("RTR-1015"), clean.output());

    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      statement.execute("alter table drivers add column nickname text");
      statement.execute("alter table drivers alter column name type varchar(80)");
    }
    ProcessResult drifted = fleet.tryBuild("2026-11-21T09:10", live, "clean", "compile");
    assertEquals(0, drifted.exitCode(), drifted.output());
    assertTrue(drifted.output().contains("RTR-1014") && drifted.output().contains("adds column nickname to drivers")
        && drifted.output().contains("name"), drifted.output());
    assertTrue(!drifted.output().contains(password), drifted.output());

    writeDriver(fleet, "  private String phone;\n");
    ProcessResult behind = fleet.tryBuild("2026-11-21T10:00", live, "compile");
    assertEquals(0, behind.exitCode(), behind.output());
    assertTrue(behind.output().contains("RTR-1016"), behind.output());
  }

  @Test
  void aDeletedUnappliedMigrationIsGoneFromIndexSnapshotAndBuildOutputAndTheNextOneFollowsTheRemainingHead(
      TestDatabase shared, @TempDir Path project) throws Exception {
    TestDatabase db = shared.createSibling();
    MavenProject fleet = new MavenProject(project);
    fleet.writeProject();
    writeDriver(fleet, "");
    fleet.build("2026-11-21T09:00", "compile");
    writeDriver(fleet, "  private String phone;\n");
    fleet.build("2026-11-21T10:00", "compile");

    // Regenerating as Alembic users do: delete the migration, change the entity, compile (no clean).
    Files.delete(fleet.migrations().resolve("V20261121_1000__add_phone_to_drivers.java"));
    writeDriver(fleet, "  private String mobile;\n");
    ProcessResult regenerated = fleet.tryBuild("2026-11-21T10:30", List.of(), "compile");
    assertEquals(0, regenerated.exitCode(), regenerated.output());
    assertTrue(regenerated.output().contains("RTR-1019") && regenerated.output().contains("20261121_1000_add_phone_to_drivers"),
        regenerated.output());
    assertEquals(List.of("V20261121_0900__create_drivers.java", "V20261121_1030__add_mobile_to_drivers.java"),
        fleet.migrationSources());
    String migration = Files.readString(fleet.migrations().resolve("V20261121_1030__add_mobile_to_drivers.java"));
    assertTrue(migration.contains("\"20261121_1030_add_mobile_to_drivers\", \"20261121_0900_create_drivers\""), migration);
    assertTrue(!migration.contains("phone"), migration);
    String snapshot = Files.readString(fleet.migrations().resolve("retort.snapshot"));
    assertTrue(snapshot.contains("head 20261121_1030_add_mobile_to_drivers\n") && !snapshot.contains("phone"), snapshot);
    String index = Files.readString(fleet.classes().resolve("META-INF/retort/migrations.idx"));
    assertTrue(!index.contains("add_phone"), index);
    assertTrue(!Files.exists(fleet.classes().resolve("com/acme/fleet/migrations/V20261121_1000__add_phone_to_drivers.class")));
    assertEquals(List.of("20261121_0900_create_drivers", "20261121_1030_add_mobile_to_drivers"),
        fleet.applyFromBuildOutput(db).revisions());
    // maven-compiler-plugin notices a deleted source only against the sources of its previous compile,
    // and the compile that generated a migration did not have it yet: any later build has.
    fleet.build("2026-11-21T10:35", "compile");

    // Deleted with nothing else changed: the same change is generated again, after the remaining head.
    Files.delete(fleet.migrations().resolve("V20261121_1030__add_mobile_to_drivers.java"));
    fleet.build("2026-11-21T11:00", "compile");
    assertEquals(List.of("V20261121_0900__create_drivers.java", "V20261121_1100__add_mobile_to_drivers.java"),
        fleet.migrationSources());
    fleet.build("2026-11-21T11:05", "compile");
    assertEquals(2, fleet.migrationSources().size(), "no change, no migration");

    // Every migration deleted: back to the first migration of the whole schema.
    Files.delete(fleet.migrations().resolve("V20261121_1100__add_mobile_to_drivers.java"));
    Files.delete(fleet.migrations().resolve("V20261121_0900__create_drivers.java"));
    fleet.build("2026-11-21T12:00", "compile");
    assertEquals(List.of("V20261121_1200__create_drivers.java"), fleet.migrationSources());
    assertTrue(Files.readString(fleet.migrations().resolve("retort.snapshot")).contains("head 20261121_1200_create_drivers\n"));
  }

  @Test
  void checkModeFailsTheBuildAndWritesNothingWhenTheEntitiesChanged(@TempDir Path project) throws Exception {
    MavenProject fleet = new MavenProject(project);
    fleet.writeProject();
    writeDriver(fleet, "");
    ProcessResult result = fleet.tryBuild("2026-11-21T09:00", List.of("-Dretort.mode=check"), "compile");
    assertEquals(1, result.exitCode(), result.output());
    assertTrue(result.output().contains("RTR-1005") && result.output().contains("creates table drivers"), result.output());
    assertEquals(List.of(), fleet.migrationSources());
  }

  /** The one entity these scenarios evolve: drivers, with {@code extraFields} after the name. */
  private static void writeDriver(MavenProject fleet, String extraFields) throws IOException {
    fleet.writeEntity("Driver", """
        package com.acme.fleet;

        import jakarta.persistence.Entity;
        import jakarta.persistence.GeneratedValue;
        import jakarta.persistence.GenerationType;
        import jakarta.persistence.Id;
        import jakarta.persistence.Table;

        @Entity
        @Table(name = "drivers")
        public class Driver {
          @Id
          @GeneratedValue(strategy = GenerationType.IDENTITY)
          private Long id;
          private String name;
        %s}
        """.formatted(extraFields));
  }
}
