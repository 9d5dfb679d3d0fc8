package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compile-time lint: each kind of step that blocks or breaks on a table with rows is a warning with its
 * own code on the line of the step, in a hand-written migration at the tip of the history; steps on a table
 * the revisions create are not; an acknowledgement with a reason silences its finding, one without is an
 * error; migrations a later one follows are history and not checked again.
 */
class MigrationLintTest {

  private static final String CREATED = "20260101_1000_create_drivers";

  @TempDir Path root;

  private final Map<String, JavaFileObject> sources = new LinkedHashMap<>();

  private Path migrations() {
    return root.resolve("com/acme/migrations");
  }

  private void writeDriver(String extra) throws IOException {
    Path file = root.resolve("com/acme/Driver.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "package com.acme;\nimport jakarta.persistence.*;\n@Entity @Table(name = \"drivers\")\n"
        + "public class Driver {\n  @Id Long id;\n  String name;\n" + extra + "}\n");
  }

  private Compilation compile(String timestamp, String... options) throws IOException {
    ProcessorHarness.TreeCompilation compiled = ProcessorHarness.compileTree(root, timestamp, options);
    sources.clear();
    sources.putAll(compiled.sources());
    return compiled.compilation();
  }

  /** Writes a hand-written migration after {@code parent} whose upgrade is {@code steps}, one statement a line. */
  private JavaFileLines writeMigration(String className, String id, String parent, List<String> steps) throws IOException {
    List<String> lines = new ArrayList<>(List.of(
        "package com.acme.migrations;",
        "import static dev.retort.migration.Definitions.*;",
        "import dev.retort.migration.Migration;",
        "import dev.retort.migration.Operations;",
        "import dev.retort.migration.Revision;",
        "import dev.retort.model.Index;",
        "public final class " + className + " implements Migration {",
        "  @Override public Revision revision() { return Revision.of(\"" + id + "\", \"" + parent + "\", \"risky\"); }",
        "  private static Index someIndex() { return index(\"ix_helper\", \"name\"); }",
        "  @Override public void upgrade(Operations op) {"));
    int first = lines.size() + 1;
    lines.addAll(steps.stream().map(step -> "    " + step).toList());
    lines.addAll(List.of("  }", "  @Override public void downgrade(Operations op) {}", "}"));
    Files.writeString(migrations().resolve(className + ".java"), String.join("\n", lines) + "\n");
    return new JavaFileLines("com.acme.migrations." + className, first);
  }

  /** Creates drivers with a generated migration, then writes the hand-written migration "risky" after it. */
  private JavaFileLines afterDriversWrite(List<String> steps) throws IOException {
    writeDriver("");
    assertThat(compile("2026-01-01T10:00")).succeeded();
    return writeMigration("V20260101_1100__risky", "20260101_1100_risky", CREATED, steps);
  }

  /** Where a written migration's steps start: its class name and the line of its first step. */
  private record JavaFileLines(String qualifiedName, int firstStepLine) {
    long line(int step) {
      return firstStepLine + step;
    }
  }

  private static final List<String> STEPS = List.of(
      "op.createIndex(\"drivers\", index(\"ix_drivers_name\", \"name\"));",
      "op.addUnique(\"drivers\", \"uk_drivers_name\", \"name\");",
      "op.addColumn(\"drivers\", column(\"boss_id\", bigint()));",
      "op.addForeignKey(\"drivers\", foreignKey(\"fk_drivers_boss\", \"boss_id\").references(\"drivers\", \"id\"));",
      "op.addCheck(\"drivers\", \"ck_drivers_name\", \"name <> ''\");",
      "op.setNotNull(\"drivers\", \"name\");",
      "op.alterColumnType(\"drivers\", \"name\", varchar(255), integer(), \"name::integer\");",
      "op.addColumn(\"drivers\", column(\"token\", uuid()).defaultValue(\"gen_random_uuid()\"));",
      "op.dropColumn(\"drivers\", column(\"boss_id\", bigint()));",
      "op.dropTable(\"legacy\");",
      "op.renameColumn(\"drivers\", \"name\", \"full_name\");",
      "op.execute(\"LOCK TABLE drivers IN ACCESS EXCLUSIVE MODE\");",
      "op.createIndex(\"drivers\", someIndex());",
      "op.addColumn(\"drivers\", column(\"note\", text())).acknowledge(\"RTR-1070\", \"no index here\");",
      "op.createIndex(\"drivers\", index(\"ix_drivers_token\", \"token\")).acknowledge(\"RTR-1070\", \"drivers has 40 rows\");",
      "op.createTable(\"fresh\", t -> t.column(column(\"id\", bigint()).notNull()).primaryKey(\"fresh_pkey\", \"id\"));",
      "op.createIndex(\"fresh\", index(\"ix_fresh\", \"id\"));",
      "op.addCheck(\"fresh\", \"ck_fresh\", \"id > 0\");",
      "op.renameTable(\"fresh\", \"fresher\");",
      "op.dropTable(\"fresher\");",
      "op.execute(\"UPDATE drivers SET full_name = 'x' WHERE full_name IS NULL\");");

  /** The code each step of {@link #STEPS} is warned with, or null for none. */
  private static final List<String> EXPECTED = java.util.Arrays.asList(
      "RTR-1070", "RTR-1071", null, "RTR-1072", "RTR-1073", "RTR-1074", "RTR-1075", "RTR-1076", "RTR-1077", "RTR-1078",
      "RTR-1079", "RTR-1080", "RTR-1081", "RTR-1083", null, null, null, null, null, null, null);

  @Test
  void eachRiskyStepOfAHandWrittenMigrationIsWarnedAboutOnItsLineWithItsCode() throws IOException {
    JavaFileLines written = afterDriversWrite(STEPS);

    Compilation compilation = compile("2026-01-01T11:30");

    assertThat(compilation).succeeded();
    JavaFileObject file = sources.get(written.qualifiedName());
    for (int step = 0; step < STEPS.size(); step++) {
      String code = EXPECTED.get(step);
      long line = written.line(step);
      List<String> onLine = compilation.warnings().stream()
          .filter(d -> d.getLineNumber() == line && d.getSource() != null && d.getSource().toUri().equals(file.toUri()))
          .map(d -> d.getMessage(null)).toList();
      if (code == null) {
        assertTrue(onLine.isEmpty(), "line " + line + " (" + STEPS.get(step) + ") is not warned about: " + onLine);
      } else {
        assertThat(compilation).hadWarningContaining(code).inFile(file).onLine(line);
        assertEquals(1, onLine.size(), STEPS.get(step) + ": " + onLine);
        assertTrue(onLine.get(0).startsWith(code + " Revision 20260101_1100_risky"), onLine.get(0));
      }
    }
    String index = compilation.warnings().stream().map(d -> d.getMessage(null))
        .filter(m -> m.startsWith("RTR-1070")).findFirst().orElseThrow();
    assertTrue(index.contains("built under a SHARE lock on drivers") && index.contains("op.createIndexConcurrently"), index);
    assertEquals(0, compilation.warnings().stream().filter(d -> d.getMessage(null).contains("create_drivers")).count(),
        "the generated migration that created drivers has no finding");
  }

  @Test
  void aCheckModeBuildWarnsAboutTheSameStepsForCi() throws IOException {
    JavaFileLines written = afterDriversWrite(List.of(
        "op.createIndex(\"drivers\", index(\"ix_drivers_name\", \"name\"));"));

    Compilation compilation = compile("2026-01-01T11:30", "retort.mode=check");

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("RTR-1070").inFile(sources.get(written.qualifiedName()))
        .onLine(written.line(0));
  }

  @Test
  void anAcknowledgementWithoutAReasonIsAnErrorOnItsLine() throws IOException {
    JavaFileLines written = afterDriversWrite(List.of(
        "op.createIndex(\"drivers\", index(\"ix_drivers_name\", \"name\")).acknowledge(\"RTR-1070\", \" \");"));

    Compilation compilation = compile("2026-01-01T11:30");

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("RTR-1082 Revision 20260101_1100_risky: .acknowledge(\"RTR-1070\", \" \")"
        + " gives no reason").inFile(sources.get(written.qualifiedName())).onLine(written.line(0));
  }

  @Test
  void aGeneratedDropIsWarnedWhenWrittenAndOnItsLineUntilALaterMigrationFollowsIt() throws IOException {
    writeDriver("  String phone;\n");
    assertThat(compile("2026-01-01T10:00")).succeeded();
    writeDriver("");

    Compilation dropping = compile("2026-01-01T11:00");

    assertThat(dropping).succeeded();
    assertThat(dropping).hadWarningContaining("RTR-1077 Revision 20260101_1100_drop_phone_from_drivers drops column"
        + " phone of drivers");
    Compilation again = compile("2026-01-01T11:30");
    JavaFileObject generated = sources.get("com.acme.migrations.V20260101_1100__drop_phone_from_drivers");
    long line = lineOf(generated, "op.dropColumn(");
    assertThat(again).hadWarningContaining("RTR-1077").inFile(generated).onLine(line);

    writeDriver("  String email;\n");
    Compilation followed = compile("2026-01-01T12:00");
    assertThat(followed).succeeded();
    assertEquals(List.of(), followed.warnings().stream().map(d -> d.getMessage(null))
        .filter(m -> m.startsWith("RTR-1077")).toList(), "the drop is history once a migration follows it");
  }

  @Test
  void anEntityChangeAndAHandWrittenStepOnTheSameCompileAreBothChecked() throws IOException {
    JavaFileLines written = afterDriversWrite(List.of(
        "op.setNotNull(\"drivers\", \"name\");"));
    writeDriver("  @jakarta.persistence.Column(name = \"code\") String code;\n");

    Compilation compilation = compile("2026-01-01T12:00");

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("RTR-1074").inFile(sources.get(written.qualifiedName()))
        .onLine(written.line(0));
    assertTrue(compilation.diagnostics().stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.WARNING
        && d.getMessage(null).contains("add_code")), "adding a nullable column is safe");
  }

  private static long lineOf(JavaFileObject file, String text) throws IOException {
    List<String> lines = file.getCharContent(true).toString().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file.getName());
  }
}
