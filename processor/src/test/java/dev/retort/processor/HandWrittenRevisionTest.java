package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-written revision (a data migration) added after the snapshot's head is followed by the
 * next generated migration, instead of the history forking at the snapshot's head line.
 */
class HandWrittenRevisionTest {

  @TempDir Path root;

  private Path migrations() {
    return root.resolve("com/acme/migrations");
  }

  private void writeDriver(String extra) throws IOException {
    Path file = root.resolve("com/acme/Driver.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "package com.acme;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"drivers\")\n"
        + "public class Driver {\n  @Id Long id;\n  String name;\n" + extra + "}\n");
  }

  private Compilation compile(String timestamp) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String name = root.relativize(file).toString().replace('/', '.').replaceFirst("\\.java$", "");
        sources.add(JavaFileObjects.forSourceString(name, Files.readString(file)));
      }
    }
    return ProcessorHarness.compile(sources, "retort.sourceRoot=" + root, "retort.package=com.acme.migrations",
        "retort.timestamp=" + timestamp).compilation();
  }

  private void writeDataMigration(String id, String parent) throws IOException {
    String className = "V" + id.substring(0, 13) + "__data";
    Files.writeString(migrations().resolve(className + ".java"), """
        package com.acme.migrations;
        import dev.retort.migration.Migration;
        import dev.retort.migration.Operations;
        import dev.retort.migration.Revision;
        public final class %s implements Migration {
          @Override public Revision revision() { return Revision.of("%s", "%s", "data"); }
          @Override public void upgrade(Operations op) { op.execute("UPDATE drivers SET name = 'x' WHERE name IS NULL"); }
          @Override public void downgrade(Operations op) {}
        }
        """.formatted(className, id, parent));
  }

  @Test
  void theNextMigrationFollowsAHandWrittenRevisionAddedAfterTheSnapshotsHead() throws IOException {
    writeDriver("");
    assertThat(compile("2026-01-01T10:00")).succeeded();
    writeDataMigration("20260101_1100_data", "20260101_1000_create_drivers");
    assertThat(compile("2026-01-01T11:30")).succeeded();
    assertEquals(2, Files.list(migrations()).filter(f -> f.toString().endsWith(".java")).count(), "no change, no migration");

    writeDriver("  String phone;\n");
    assertThat(compile("2026-01-01T12:00")).succeeded();
    String generated = Files.readString(migrations().resolve("V20260101_1200__add_phone_to_drivers.java"));
    assertTrue(generated.contains("\"20260101_1200_add_phone_to_drivers\", \"20260101_1100_data\""), generated);
    assertTrue(Files.readString(migrations().resolve("retort.snapshot")).contains("20260101_1200_add_phone_to_drivers"));
    assertThat(compile("2026-01-01T12:30")).succeeded();
  }

  @Test
  void aSnapshotWhoseHeadIsNotInTheHistoryStopsTheBuild() throws IOException {
    writeDriver("");
    assertThat(compile("2026-01-01T10:00")).succeeded();
    Path snapshot = migrations().resolve("retort.snapshot");
    Files.writeString(snapshot, Files.readString(snapshot).replace("20260101_1000_create_drivers", "20250101_0000_elsewhere"));
    writeDriver("  String phone;\n");
    Compilation compilation = compile("2026-01-01T12:00");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("RTR-1017");
    assertThat(compilation).hadErrorContaining("20250101_0000_elsewhere");
  }
}
