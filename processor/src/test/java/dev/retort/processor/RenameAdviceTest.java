package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables dropped and created by one migration get one rename warning per created table, naming what can declare the rename. */
class RenameAdviceTest {

  @TempDir Path root;

  private void write(String simpleName, String body) throws IOException {
    Path file = root.resolve("com/acme/" + simpleName + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "package com.acme;\nimport jakarta.persistence.*;\n" + body + "\n");
  }

  private void writeModel(String vehicles, String depots, String phones) throws IOException {
    write("Vehicle", "@Entity @Table(name = \"" + vehicles + "\") public class Vehicle { @Id Long id; }");
    write("Depot", "@Entity @Table(name = \"" + depots + "\") public class Depot { @Id Long id; }");
    write("Driver", "@Entity @Table(name = \"drivers\") public class Driver { @Id Long id;\n"
        + "  @ElementCollection @CollectionTable(name = \"" + phones + "\") java.util.Set<String> phones;\n}");
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

  private static List<String> warnings(Compilation compilation, String code) {
    return compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .map(d -> d.getMessage(null)).filter(m -> m.startsWith(code)).toList();
  }

  @Test
  void threeTablesRenamedAtOnceGetOneWarningEachOnTheEntityOrCollectionThatMapsThem() throws IOException {
    writeModel("vehicles", "depots", "driver_phones");
    assertThat(compile("2026-12-01T19:00")).succeeded();
    writeModel("cars", "garages", "driver_numbers");
    Compilation renamed = compile("2026-12-01T19:10");
    assertThat(renamed).succeeded();

    List<String> entityTables = warnings(renamed, "RTR-1012");
    assertEquals(2, entityTables.size(), entityTables.toString());
    String dropped = "drops tables depots, driver_phones, vehicles and creates table ";
    assertTrue(entityTables.get(0).contains(dropped + "cars,")
        && entityTables.get(0).contains("annotate entity com.acme.Vehicle with @RenamedFrom(\"depots\")"), entityTables.get(0));
    assertTrue(entityTables.get(1).contains(dropped + "garages,")
        && entityTables.get(1).contains("annotate entity com.acme.Depot with @RenamedFrom(\"depots\")"), entityTables.get(1));
    assertThat(renamed).hadWarningContaining("creates table cars,").inFile(source(renamed, "Vehicle.java")).onLine(3);
    List<String> collectionTables = warnings(renamed, "RTR-1060");
    assertEquals(1, collectionTables.size(), collectionTables.toString());
    assertTrue(collectionTables.get(0).contains(dropped + "driver_numbers, the table of Driver.phones")
        && collectionTables.get(0).contains("annotate the collection Driver.phones with @RenamedFrom(\"depots\")"),
        collectionTables.get(0));
    assertThat(renamed).hadWarningContaining("RTR-1060").inFile(source(renamed, "Driver.java")).onLine(4);
  }

  @Test
  void aCollectionTableRenameDeclaredOnTheCollectionIsARenameWithoutAWarning() throws IOException {
    writeModel("vehicles", "depots", "driver_phones");
    assertThat(compile("2026-12-01T19:00")).succeeded();
    write("Driver", "@Entity @Table(name = \"drivers\") public class Driver { @Id Long id;\n"
        + "  @ElementCollection @CollectionTable(name = \"driver_numbers\") @dev.retort.migration.RenamedFrom(\"driver_phones\")"
        + " java.util.Set<String> phones;\n}");
    Compilation renamed = compile("2026-12-01T19:10");
    assertThat(renamed).succeeded();
    assertEquals(List.of(), warnings(renamed, "RTR-1060"));
    assertEquals(List.of(), warnings(renamed, "RTR-1012"));
    // The constraints named after the table follow it in parts of their own; the rename is among the steps.
    StringBuilder source = new StringBuilder();
    try (Stream<Path> files = Files.list(root.resolve("com/acme/migrations"))) {
      for (Path part : files.filter(f -> f.getFileName().toString().startsWith("V20261201_1910")).sorted().toList()) {
        source.append(Files.readString(part));
      }
    }
    assertTrue(source.toString().contains("op.renameTable(\"driver_phones\", \"driver_numbers\");"), source.toString());
    assertTrue(source.toString().contains("op.renameTable(\"driver_numbers\", \"driver_phones\");"), source.toString());
    assertFalse(source.toString().contains("op.dropTable(\"driver_phones\""), source.toString());
  }

  private static JavaFileObject source(Compilation compilation, String fileName) {
    return compilation.sourceFiles().stream().filter(f -> f.getName().endsWith(fileName)).findFirst().orElseThrow();
  }
}
