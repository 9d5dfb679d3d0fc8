package dev.retort.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.retort.model.CheckConstraint;
import dev.retort.model.ColumnType;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.processor.ProcessorHarness;
import java.io.File;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The processor reads the schema of the Hibernate line {@code -Aretort.hibernate} names, else of the
 * line on the compile class path; model {@code hibernatelines} holds every mapping whose schema the
 * lines make differently (OracleTest proves it against Hibernate 7.4 here and 6.6 in processor-hibernate6).
 */
class HibernateLineTest {

  @Test
  void onHibernate66TimesKeepSixDigitsAndStampsVersionsOrderColumnsSetsAndSubclassesGetNoConstraintTheyGetOn7() {
    SchemaModel model = read("retort.hibernate=6.6");
    Table shift = table(model, "shift");
    assertEquals(new ColumnType.Time(6, false), shift.column("startsat").orElseThrow().type());
    assertTrue(shift.column("createdat").orElseThrow().nullable(), "@CreationTimestamp");
    assertTrue(shift.column("changedat").orElseThrow().nullable(), "@UpdateTimestamp");
    assertTrue(shift.column("seenat").orElseThrow().nullable(), "@CurrentTimestamp");
    assertTrue(shift.column("version").orElseThrow().nullable(), "@Version Integer");
    assertEquals(List.of(), table(model, "shift_tags").uniqueConstraints(), "a set of nullable strings");
    assertEquals(List.of(), table(model, "shift_steps").checks(), "@OrderColumn");
    assertEquals(List.of(), shift.checks(), "the discriminator and the subclass");
    assertFalse(shift.column("crew_id").orElseThrow().nullable(), "a SINGLE_TABLE subclass's required to-one");
    assertTrue(shift.column("lead").orElseThrow().nullable(), "a SINGLE_TABLE subclass's required basic");
  }

  @Test
  void onHibernate7TimesHaveNoFractionAndStampsVersionsOrderColumnsSetsAndSubclassesAreConstrained() {
    SchemaModel model = read("retort.hibernate=7");
    Table shift = table(model, "shift");
    assertEquals(new ColumnType.Time(0, false), shift.column("startsat").orElseThrow().type());
    assertFalse(shift.column("createdat").orElseThrow().nullable(), "@CreationTimestamp");
    assertFalse(shift.column("changedat").orElseThrow().nullable(), "@UpdateTimestamp");
    assertFalse(shift.column("seenat").orElseThrow().nullable(), "@CurrentTimestamp");
    assertFalse(shift.column("version").orElseThrow().nullable(), "@Version Integer");
    assertEquals(List.of(List.of("shift_id", "tags")),
        table(model, "shift_tags").uniqueConstraints().stream().map(u -> u.columns()).toList());
    assertEquals(List.of("steps_ORDER>=0"), table(model, "shift_steps").checks().stream().map(CheckConstraint::expression).toList());
    assertEquals(List.of("DTYPE <> 'NightShift' or (crew_id is not null and lead is not null)", "DTYPE in ('Shift','NightShift')"),
        shift.checks().stream().map(CheckConstraint::expression).sorted().toList());
    assertTrue(shift.column("crew_id").orElseThrow().nullable(), "a SINGLE_TABLE subclass's required to-one");
  }

  @Test
  void withoutTheOptionTheLineOnTheClassPathIsRead() {
    HibernateLine onClassPath = HibernateOracle.line().equals("6.6") ? HibernateLine.V6_6 : HibernateLine.V7;
    int fraction = onClassPath == HibernateLine.V6_6 ? 6 : 0;
    assertEquals(new ColumnType.Time(fraction, false), table(read(), "shift").column("startsat").orElseThrow().type());
  }

  @Test
  void withoutHibernateOnTheClassPathTheJakartaPersistenceVersionChoosesTheLine() {
    File persistence = classPathEntry("jakarta.persistence-api-");
    ProcessorHarness.Result result = ProcessorHarness.compileOn(List.of(persistence),
        List.of(com.google.testing.compile.JavaFileObjects.forSourceString("p.Slot",
            "package p; import jakarta.persistence.*; @Entity public class Slot { @Id Long id; java.time.LocalTime at; }")));
    assertEquals(Compilation.Status.SUCCESS, result.compilation().status(), result.compilation().diagnostics().toString());
    // Jakarta Persistence 3.1 comes with Hibernate 6.6 (Spring Boot 3.5), 3.2 with Hibernate 7 (Boot 4).
    int fraction = persistence.getName().startsWith("jakarta.persistence-api-3.1") ? 6 : 0;
    assertEquals(new ColumnType.Time(fraction, false), table(result.model(), "slot").column("at").orElseThrow().type());
  }

  @Test
  void anUnknownLineIsAnErrorNamingTheOptionAndTheLinesRetortReads() {
    ProcessorHarness.Result result = ProcessorHarness.compile(TestModels.sources("hibernatelines"), "retort.hibernate=5.6");
    assertEquals(Compilation.Status.FAILURE, result.compilation().status());
    List<String> errors = result.compilation().diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(null)).toList();
    assertEquals(List.of("RTR-901 The processor option -Aretort.hibernate=5.6 is not understood. Use one of: auto, 6.6, 7."), errors);
    assertNull(result.model(), "nothing is read with a line Retort does not know");
  }

  private static SchemaModel read(String... options) {
    ProcessorHarness.Result result = ProcessorHarness.compile(TestModels.sources("hibernatelines"), options);
    assertEquals(Compilation.Status.SUCCESS, result.compilation().status(), result.compilation().diagnostics().toString());
    return result.model();
  }

  private static Table table(SchemaModel model, String name) {
    return model.table(QualifiedName.of(name)).orElseThrow(() -> new AssertionError("no table " + name + " in " + model));
  }

  private static File classPathEntry(String prefix) {
    String path = System.getProperty("java.class.path");
    return Stream.of(path.split(File.pathSeparator)).map(File::new).filter(f -> f.getName().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + prefix + " on the test class path " + path));
  }
}
