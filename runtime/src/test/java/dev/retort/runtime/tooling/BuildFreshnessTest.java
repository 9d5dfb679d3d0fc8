package dev.retort.runtime.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildFreshnessTest {

  private static final FileTime COMPILED = FileTime.fromMillis(1_000_000_000L);
  private static final FileTime EARLIER = FileTime.fromMillis(999_000_000L);
  private static final FileTime LATER = FileTime.fromMillis(1_001_000_000L);

  @TempDir Path root;

  private Path sources() {
    return root.resolve("src");
  }

  private Path classes() {
    return root.resolve("classes");
  }

  private Path file(Path base, String relative, FileTime time, String text) throws IOException {
    Path file = base.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, time);
    return file;
  }

  private void index(String... classNames) throws IOException {
    file(classes(), MigrationIndex.RESOURCE, COMPILED, MigrationIndex.HEADER + String.join(" r - -\n", classNames) + " r - -\n");
  }

  @Test
  void migrationsCompiledAfterTheirSourcesAreFresh() throws IOException {
    file(sources(), "app/migrations/V1.java", EARLIER, "");
    file(classes(), "app/migrations/V1.class", COMPILED, "");
    index("app.migrations.V1");

    assertEquals(List.of(), BuildFreshness.migrations(sources(), classes(), "app.migrations"));
  }

  @Test
  void aMigrationSourceNewerThanItsClassWithoutAClassOrDeletedIsStale() throws IOException {
    Path edited = file(sources(), "app/migrations/V1.java", LATER, "");
    file(classes(), "app/migrations/V1.class", COMPILED, "");
    Path uncompiled = file(sources(), "app/migrations/V2.java", EARLIER, "");
    file(classes(), "app/migrations/V0.class", COMPILED, "");
    index("app.migrations.V0", "app.migrations.V1");

    assertEquals(List.of(
            new BuildFreshness.Stale(edited, BuildFreshness.Reason.SOURCE_NEWER_THAN_CLASS),
            new BuildFreshness.Stale(uncompiled, BuildFreshness.Reason.NOT_COMPILED),
            new BuildFreshness.Stale(sources().resolve("app/migrations/V0.java"), BuildFreshness.Reason.SOURCE_DELETED)),
        BuildFreshness.migrations(sources(), classes(), "app.migrations"));
  }

  @Test
  void aSourceNewerThanTheRecordedModelIsStaleButANewMigrationIsNot() throws IOException {
    Path model = file(classes(), "META-INF/retort/model.snapshot", COMPILED, "");
    Path entity = file(sources(), "app/Vehicle.java", LATER, "");
    file(sources(), "app/Driver.java", EARLIER, "");
    file(sources(), "app/migrations/V1.java", LATER, "");

    assertEquals(List.of(new BuildFreshness.Stale(entity, BuildFreshness.Reason.SOURCE_NEWER_THAN_MODEL)),
        BuildFreshness.model(sources(), model, sources().resolve("app/migrations")));
  }

  @Test
  void withoutTheSourceTreeNothingIsStale() throws IOException {
    file(classes(), "app/migrations/V1.class", COMPILED, "");
    index("app.migrations.V1");

    assertEquals(List.of(), BuildFreshness.migrations(sources(), classes(), "app.migrations"));
  }
}
