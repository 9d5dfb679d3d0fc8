package dev.retort.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.QualifiedName;
import dev.retort.model.Table;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Whether the processor applies Jakarta Validation constraints to the DDL follows what Hibernate does
 * in its AUTO mode (a validation provider on the class path) unless {@code -Aretort.beanValidation} says otherwise.
 */
class BeanValidationOptionTest {

  private static final List<JavaFileObject> SOURCES = List.of(JavaFileObjects.forSourceString("bvo.Account", """
      package bvo;

      import jakarta.persistence.Entity;
      import jakarta.persistence.Id;
      import jakarta.validation.constraints.Min;
      import jakarta.validation.constraints.NotNull;
      import jakarta.validation.constraints.Size;

      @Entity
      public class Account {
        @Id Long id;
        @NotNull @Size(max = 40) String owner;
        @Min(1) Integer level;
      }
      """));

  @Test
  void withHibernateValidatorOnTheClassPathTheConstraintsShapeTheColumns() {
    Table account = account(ProcessorHarness.compile(SOURCES));
    assertEquals(new Column("owner", new ColumnType.Varchar(40), false, null, dev.retort.model.Identity.NONE, null),
        account.column("owner").orElseThrow());
    assertEquals(List.of(new CheckConstraint("account_level_check", "level>=1")), account.checks());
  }

  @Test
  void optionNoneLeavesTheColumnsAsTheMappingAloneMakesThemThoughAValidatorIsPresent() {
    Table account = account(ProcessorHarness.compile(SOURCES, "retort.beanValidation=none"));
    assertEquals(new Column("owner", new ColumnType.Varchar(255), true, null, dev.retort.model.Identity.NONE, null),
        account.column("owner").orElseThrow());
    assertEquals(List.of(), account.checks());
  }

  @Test
  void withTheConstraintAnnotationsButNoValidatorOnTheClassPathHibernateAppliesNothingAndNeitherDoesRetort() {
    Table account = account(ProcessorHarness.compileOn(withoutValidator(), SOURCES));
    assertTrue(account.column("owner").orElseThrow().nullable(), "owner stays nullable");
    assertEquals(new ColumnType.Varchar(255), account.column("owner").orElseThrow().type());
    assertEquals(List.of(), account.checks());
  }

  @Test
  void optionDdlAppliesTheConstraintsEvenWithoutAValidatorOnTheCompileClassPath() {
    Table account = account(ProcessorHarness.compileOn(withoutValidator(), SOURCES, "retort.beanValidation=ddl"));
    assertEquals(new ColumnType.Varchar(40), account.column("owner").orElseThrow().type());
    assertEquals(false, account.column("owner").orElseThrow().nullable());
  }

  @Test
  void anUnknownValueOfTheOptionIsAnErrorListingTheValuesItTakes() {
    Compilation compilation = ProcessorHarness.compile(SOURCES, "retort.beanValidation=always").compilation();
    List<String> errors = compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(null)).toList();
    assertEquals(List.of("RTR-901 The processor option -Aretort.beanValidation=always is not understood. Use one of: auto, ddl, none."),
        errors);
  }

  private static Table account(ProcessorHarness.Result result) {
    assertEquals(Compilation.Status.SUCCESS, result.compilation().status(), () -> result.compilation().diagnostics().toString());
    return result.model().table(QualifiedName.of("account")).orElseThrow();
  }

  /** The test class path without Hibernate Validator, keeping the Jakarta Validation annotations. */
  private static List<File> withoutValidator() {
    String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<File> files = Arrays.stream(path.split(File.pathSeparator))
        .filter(p -> !p.contains("hibernate-validator")).map(File::new).toList();
    assertTrue(files.stream().anyMatch(f -> f.getName().startsWith("jakarta.validation-api")), "the Jakarta Validation API stays");
    return files;
  }
}
