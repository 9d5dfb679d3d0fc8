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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily loop of change, compile, review: changes compiled within the same minute get revisions
 * of their own, a column made NOT NULL is backfilled and warned about, and a failure inside the
 * processor is an error on the entities rather than a javac crash.
 */
class DailyLoopTest {

  private static final Pattern REVISION = Pattern.compile("Revision\\.of\\(\"([^\"]+)\",\\s*\"([^\"]+)\"");

  @TempDir Path root;

  private Path migrations() {
    return root.resolve("com/acme/migrations");
  }

  private Path driver() {
    return root.resolve("com/acme/Driver.java");
  }

  private void writeDriver(String nameColumn) throws IOException {
    Path file = root.resolve("com/acme/Driver.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "package com.acme;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"drivers\")\n"
        + "public class Driver {\n  @Id Long id;\n  " + nameColumn + " String name;\n}\n");
  }

  private List<JavaFileObject> sources() throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String name = root.relativize(file).toString().replace('/', '.').replaceFirst("\\.java$", "");
        sources.add(JavaFileObjects.forSourceString(name, Files.readString(file)));
      }
    }
    return sources;
  }

  private Compilation compile(String timestamp, String... options) throws IOException {
    List<String> all = new java.util.ArrayList<>(List.of("retort.sourceRoot=" + root, "retort.package=com.acme.migrations",
        "retort.timestamp=" + timestamp));
    all.addAll(List.of(options));
    return ProcessorHarness.compile(sources(), all.toArray(String[]::new)).compilation();
  }

  private List<String> migrationSources() throws IOException {
    try (Stream<Path> files = Files.list(migrations())) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java")).sorted().toList();
    }
  }

  /** The revision id and parent the migration source {@code file} declares. */
  private List<String> revisionAndParent(String file) throws IOException {
    Matcher matcher = REVISION.matcher(Files.readString(migrations().resolve(file)));
    assertTrue(matcher.find(), file);
    return List.of(matcher.group(1), matcher.group(2));
  }

  @Test
  void twoChangesOfTheSameTableCompiledInTheSameMinuteGetTwoRevisionsTheSecondFollowingTheFirst() throws IOException {
    writeDriver("");
    assertThat(compile("2026-12-01T19:00")).succeeded();
    writeDriver("@Column(length = 80)");
    assertThat(compile("2026-12-01T19:14")).succeeded();
    writeDriver("@Column(length = 70)");
    Compilation second = compile("2026-12-01T19:14");
    assertThat(second).succeeded();

    List<String> files = migrationSources();
    assertEquals(3, files.size(), files.toString());
    assertEquals("V20261201_1914__narrow_name_in_drivers.java", files.get(1));
    assertTrue(files.get(2).matches("V20261201_1914__narrow_name_in_drivers_[0-9a-f]{6}\\.java"), files.toString());
    List<String> first = revisionAndParent(files.get(1));
    List<String> next = revisionAndParent(files.get(2));
    assertEquals(first.get(0), next.get(1), "the second change follows the first");
    assertEquals(files.get(2).substring(1, files.get(2).length() - ".java".length()).replace("__", "_"), next.get(0));
    assertTrue(Files.readString(migrations().resolve("retort.snapshot")).contains("head " + next.get(0) + "\n"));
    assertThat(compile("2026-12-01T19:14")).succeeded();
    assertEquals(3, migrationSources().size(), "no change, no migration");
  }

  @Test
  void anExistingColumnMadeNotNullIsBackfilledBeforeItIsEnforcedAndWarnedAboutOnItsAttribute() throws IOException {
    writeDriver("");
    assertThat(compile("2026-12-01T19:00")).succeeded();
    writeDriver("@Column(nullable = false)");
    Compilation tightened = compile("2026-12-01T19:30", "retort.onlinePlans=false");
    assertThat(tightened).succeeded();
    assertThat(tightened).hadWarningContaining("RTR-1004").inFile(JavaFileObjects.forSourceString("com.acme.Driver",
        Files.readString(driver()))).onLineContaining("String name");
    assertThat(tightened).hadWarningContaining("makes drivers.name NOT NULL, which fails on rows where it is NULL");

    String migration = Files.readString(migrations().resolve(migrationSources().get(1)));
    assertTrue(migration.contains("    // BACKFILL: drivers.name becomes NOT NULL; give the rows where it is NULL a value here, for example\n"
        + "    // op.execute(\"UPDATE drivers SET name = ... WHERE name IS NULL\");\n"
        + "    op.setNotNull(\"drivers\", \"name\");\n"), migration);
  }

  @Test
  void anExistingColumnMadeNotNullTakesTheOnlineFormByDefaultInARevisionOutsideATransaction() throws IOException {
    writeDriver("");
    assertThat(compile("2026-12-01T19:00")).succeeded();
    writeDriver("@Column(nullable = false)");
    Compilation tightened = compile("2026-12-01T19:30");
    assertThat(tightened).succeeded();
    assertThat(tightened).hadWarningContaining("RTR-1004").inFile(JavaFileObjects.forSourceString("com.acme.Driver",
        Files.readString(driver()))).onLineContaining("String name");

    String migration = Files.readString(migrations().resolve(migrationSources().get(1)));
    assertTrue(migration.contains("\"make name not null in drivers\").nonTransactional();"), migration);
    assertTrue(migration.contains("    // op.execute(\"UPDATE drivers SET name = ... WHERE name IS NULL\");\n"
        + "    op.setNotNullOnline(\"drivers\", \"name\");\n"), migration);
    assertTrue(migration.contains("    op.dropNotNull(\"drivers\", \"name\");\n"), migration);
  }

  @Test
  void anIdSwitchedFromIdentityToASequenceHandsItsValuesToTheSequenceTheEntityDeclares() throws IOException {
    Files.createDirectories(driver().getParent());
    Files.writeString(driver(), "package com.acme;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"drivers\")\n"
        + "public class Driver {\n  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;\n}\n");
    assertThat(compile("2026-12-01T19:00")).succeeded();
    Files.writeString(driver(), "package com.acme;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"drivers\")\n"
        + "public class Driver {\n  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"ids\")\n"
        + "  @SequenceGenerator(name = \"ids\", sequenceName = \"fleet_ids\", allocationSize = 20) Long id;\n}\n");
    assertThat(compile("2026-12-01T19:30", "retort.onlinePlans=false")).succeeded();

    String migration = Files.readString(migrations().resolve(migrationSources().get(1))).replaceAll("\\s+", " ");
    assertTrue(migration.contains("op.createSequence(sequence(\"fleet_ids\").incrementBy(20));"), migration);
    assertTrue(migration.contains("op.alterColumnIdentity(\"drivers\", \"id\", Identity.BY_DEFAULT, Identity.NONE,"
        + " QualifiedName.of(\"fleet_ids\"));"), migration);
  }

  @Test
  void aColumnRenamedWithoutAHintIsWarnedAboutWhenOnlinePlansPutItsDropAndAddInDifferentParts() throws IOException {
    writeDriver("@Column(nullable = false)");
    assertThat(compile("2026-12-01T19:00")).succeeded();
    writeDriver("@Column(name = \"full_name\", nullable = false)");
    Compilation renamed = compile("2026-12-01T19:30");
    assertThat(renamed).succeeded();
    assertTrue(migrationSources().size() > 2, "the change comes in online parts: " + migrationSources());
    assertThat(renamed).hadWarningContaining("RTR-1011");
    assertThat(renamed).hadWarningContaining("drops column name of drivers");
  }

  @Test
  void aUniqueConstraintAddedToAnExistingTableIsMarkedWithTheDuplicatesQueryAndWarnedAboutOnItsEntity() throws IOException {
    writeDriver("");
    assertThat(compile("2026-12-01T19:00")).succeeded();
    Files.writeString(driver(), "package com.acme;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"drivers\",\n"
        + "    uniqueConstraints = @UniqueConstraint(name = \"uk_drivers_name\", columnNames = \"name\"))\n"
        + "public class Driver {\n  @Id Long id;\n  String name;\n}\n");
    Compilation unique = compile("2026-12-01T19:30", "retort.onlinePlans=false");
    assertThat(unique).succeeded();
    assertThat(unique).hadWarningContaining("RTR-1042 Migration V20261201_1930__add_unique_uk_drivers_name_to_drivers adds unique"
        + " uk_drivers_name on drivers (name), which fails if rows that exist hold duplicate values there; find them with"
        + " SELECT name, count(*) FROM drivers WHERE name IS NOT NULL GROUP BY name HAVING count(*) > 1")
        .inFile(JavaFileObjects.forSourceString("com.acme.Driver", Files.readString(driver()))).onLineContaining("public class Driver");

    String migration = Files.readString(migrations().resolve(migrationSources().get(1)));
    assertTrue(migration.contains("    // CHECKS ROWS: uk_drivers_name fails if rows of drivers that exist hold duplicate values"
        + " in (name); find them first:\n"
        + "    // SELECT name, count(*) FROM drivers WHERE name IS NOT NULL GROUP BY name HAVING count(*) > 1\n"
        + "    op.addUnique(\"drivers\", \"uk_drivers_name\", \"name\");\n"), migration);
  }

  @Test
  void anUnexpectedFailureInsideTheProcessorIsAnErrorOnTheEntitiesNamingWhatItWasDoing() throws IOException {
    writeDriver("");
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new RetortProcessor(model -> {
          throw new IllegalStateException("listener failed");
        }))
        .compile(sources());
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("RTR-929");
    assertThat(compilation).hadErrorContaining("writing the model of the entities Driver");
    assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: listener failed");
    assertThat(compilation).hadErrorContaining("-Aretort.mode=off");
    assertThat(compilation).hadErrorContaining("RTR-929").inFile(sources().get(0));
  }
}
