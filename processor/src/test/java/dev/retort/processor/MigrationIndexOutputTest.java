package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.runtime.tooling.MigrationIndex;
import dev.retort.runtime.tooling.SourceFingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index the processor writes gives each migration's revision, parents and source fingerprint
 * when its source states them exactly, so that the runtime verifies an unchanged migration without
 * loading it; any other migration is listed by class name alone and loaded at boot.
 */
class MigrationIndexOutputTest {

  private static final String GENERATED = "com.acme.migrations.V20260101_1000__create_drivers";

  @TempDir Path root;

  private Path migrations() {
    return root.resolve("com/acme/migrations");
  }

  private Compilation compile() throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String name = root.relativize(file).toString().replace('/', '.').replaceFirst("\\.java$", "");
        sources.add(JavaFileObjects.forSourceString(name, Files.readString(file)));
      }
    }
    Compilation compilation = ProcessorHarness.compile(sources, "retort.sourceRoot=" + root,
        "retort.package=com.acme.migrations", "retort.timestamp=2026-01-01T10:00").compilation();
    assertThat(compilation).succeeded();
    return compilation;
  }

  private static List<String> index(Compilation compilation) throws IOException {
    JavaFileObject index = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, MigrationIndex.RESOURCE).orElseThrow();
    return index.getCharContent(true).toString().lines().filter(line -> !line.startsWith("#")).toList();
  }

  private String fingerprintOf(String simpleName) throws IOException {
    return SourceFingerprint.of(Files.readString(migrations().resolve(simpleName + ".java")));
  }

  private void writeMigration(String simpleName, String revisionBody) throws IOException {
    Files.writeString(migrations().resolve(simpleName + ".java"), """
        package com.acme.migrations;
        import dev.retort.migration.Migration;
        import dev.retort.migration.Operations;
        import dev.retort.migration.Revision;
        public final class %s implements Migration {
          static final String ID = "20260101_1200_computed";
          @Override public Revision revision() { %s }
          @Override public void upgrade(Operations op) { op.execute("SELECT 1"); }
          @Override public void downgrade(Operations op) {}
        }
        """.formatted(simpleName, revisionBody));
  }

  @Test
  void eachMigrationIsIndexedWithItsRevisionAndTheFingerprintOfItsSource() throws IOException {
    Path driver = root.resolve("com/acme/Driver.java");
    Files.createDirectories(driver.getParent());
    Files.writeString(driver, "package com.acme;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"drivers\")\n"
        + "public class Driver {\n  @Id Long id;\n  String name;\n}\n");

    List<String> first = index(compile());
    assertEquals(List.of(MigrationIndex.line(GENERATED, "20260101_1000_create_drivers", List.of(),
        fingerprintOf("V20260101_1000__create_drivers"))), first, "the migration written by this very build");

    writeMigration("V20260101_1100__backfill",
        "return Revision.of(\"20260101_1100_backfill\", \"20260101_1000_create_drivers\", \"backfill\").nonTransactional();");
    writeMigration("V20260101_1200__computed", "return Revision.of(ID, \"20260101_1100_backfill\", \"computed\");");
    List<String> second = index(compile());

    assertEquals(List.of(
        MigrationIndex.line(GENERATED, "20260101_1000_create_drivers", List.of(), fingerprintOf("V20260101_1000__create_drivers")),
        MigrationIndex.line("com.acme.migrations.V20260101_1100__backfill", "20260101_1100_backfill",
            List.of("20260101_1000_create_drivers"), fingerprintOf("V20260101_1100__backfill")),
        "com.acme.migrations.V20260101_1200__computed"), second,
        "a revision the source does not state in literals is left for the runtime to read from the class");
  }

  @Test
  void aRevisionWithALockWaitTimeoutIsIndexedWithItsIdAndParent() throws IOException {
    Path driver = root.resolve("com/acme/Driver.java");
    Files.createDirectories(driver.getParent());
    Files.writeString(driver, "package com.acme;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"drivers\")\n"
        + "public class Driver {\n  @Id Long id;\n  String name;\n}\n");
    compile();

    writeMigration("V20260101_1100__slow", "return Revision.of(\"20260101_1100_slow\", \"20260101_1000_create_drivers\","
        + " \"slow\").lockWaitTimeout(java.time.Duration.ofSeconds(30));");
    writeMigration("V20260101_1200__both", "return Revision.of(\"20260101_1200_both\", \"20260101_1100_slow\", \"both\")"
        + ".nonTransactional().lockWaitTimeout(java.time.Duration.ofMillis(500));");
    List<String> index = index(compile());

    assertEquals(List.of(
        MigrationIndex.line(GENERATED, "20260101_1000_create_drivers", List.of(), fingerprintOf("V20260101_1000__create_drivers")),
        MigrationIndex.line("com.acme.migrations.V20260101_1100__slow", "20260101_1100_slow",
            List.of("20260101_1000_create_drivers"), fingerprintOf("V20260101_1100__slow")),
        MigrationIndex.line("com.acme.migrations.V20260101_1200__both", "20260101_1200_both",
            List.of("20260101_1100_slow"), fingerprintOf("V20260101_1200__both"))), index,
        "the lock wait and the transaction mode say how a revision runs, not where it sits in the history");
  }
}
