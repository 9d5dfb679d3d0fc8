package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in entities fail the compile with a catalog message on the line at fault. */
class DiagnosticsTest {

  private static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines("test." + name, lines);
  }

  @Test
  void anEntityWithoutIdIsAnErrorOnTheClass() {
    JavaFileObject file = source("NoId",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class NoId {",
        "  String name;",
        "}");
    ProcessorHarness.Result result = ProcessorHarness.compile(List.of(file));
    assertThat(result.compilation()).hadErrorContaining("RTR-902 Entity test.NoId has no identifier")
        .inFile(file).onLine(4);
    assertNull(result.model());
  }

  @Test
  void twoAttributesOnOneColumnAreAnErrorOnTheSecond() {
    JavaFileObject file = source("Twice",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Twice {",
        "  @Id Long id;",
        "  String name;",
        "  @Column(name = \"name\") String alias;",
        "}");
    assertThat(ProcessorHarness.compile(List.of(file)).compilation())
        .hadErrorContaining("RTR-903 Twice.alias maps to column name of table twice, which Twice.name already maps")
        .inFile(file).onLine(7);
  }

  @Test
  void aColumnNameOverSixtyThreeBytesIsAnError() {
    String longName = "a".repeat(64);
    JavaFileObject file = source("Long",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Long {",
        "  @Id java.lang.Long id;",
        "  @Column(name = \"" + longName + "\") String text;",
        "}");
    assertThat(ProcessorHarness.compile(List.of(file)).compilation())
        .hadErrorContaining("RTR-904 The column name \"" + longName + "\" of Long.text is 64 bytes long")
        .inFile(file).onLine(6);
  }

  @Test
  void aTypeHibernateCannotMapIsAnErrorOnTheAttribute() {
    JavaFileObject file = source("Odd",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Odd {",
        "  @Id Long id;",
        "  Object anything;",
        "}");
    assertThat(ProcessorHarness.compile(List.of(file)).compilation())
        .hadErrorContaining("RTR-905 Odd.anything has type java.lang.Object, which Hibernate cannot map to a column")
        .inFile(file).onLine(6);
  }

  @Test
  void aMappedByNamingNoAttributeIsAnErrorOnTheAssociation() {
    JavaFileObject parent = source("Parent",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Parent {",
        "  @Id Long id;",
        "  @OneToMany(mappedBy = \"mother\") java.util.List<Child> children;",
        "}");
    JavaFileObject child = source("Child",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Child {",
        "  @Id Long id;",
        "  @ManyToOne Parent parent;",
        "}");
    assertThat(ProcessorHarness.compile(List.of(parent, child)).compilation())
        .hadErrorContaining("RTR-906 Parent.children is mappedBy \"mother\", but test.Child has no such attribute")
        .inFile(parent).onLine(6);
  }

  @Test
  void unsupportedMappingsWarnOnTheElementAndStillReadTheRest() {
    JavaFileObject file = source("Keyed",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Keyed {",
        "  @Id Long id;",
        "  public enum Lang { EN, DE }",
        "  @ElementCollection java.util.Map<Lang, String> labels;",
        "}");
    ProcessorHarness.Result result = ProcessorHarness.compile(List.of(file));
    assertThat(result.compilation()).succeeded();
    assertThat(result.compilation())
        .hadWarningContaining("RTR-907 Keyed.labels uses a java.util.Map whose key is an enum, an embeddable or an entity")
        .inFile(file).onLine(7);
    assertNotNull(result.model());
  }

  @Test
  void aConverterOnABooleanWarnsBecauseHibernatesCheckRunsTheConverter() {
    JavaFileObject file = source("Flagged",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Flagged {",
        "  @Converter public static class YesNo implements AttributeConverter<Boolean, Character> {",
        "    public Character convertToDatabaseColumn(Boolean b) { return b ? 'Y' : 'N'; }",
        "    public Boolean convertToEntityAttribute(Character c) { return c == 'Y'; }",
        "  }",
        "  @Id Long id;",
        "  @Convert(converter = YesNo.class) Boolean enabled;",
        "}");
    ProcessorHarness.Result result = ProcessorHarness.compile(List.of(file));
    assertThat(result.compilation()).hadWarningContaining(
            "RTR-907 Flagged.enabled uses a converter on a boolean or enum attribute, whose check constraint Hibernate"
                + " computes by running YesNo")
        .inFile(file).onLine(10);
    assertNotNull(result.model());
  }

  @Test
  void convertAndEnumeratedTogetherAreAnErrorBecauseHibernateRefusesThem() {
    JavaFileObject file = source("Leveled",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Leveled {",
        "  public enum Level { LOW, HIGH }",
        "  @Converter public static class Codes implements AttributeConverter<Level, String> {",
        "    public String convertToDatabaseColumn(Level l) { return l.name(); }",
        "    public Level convertToEntityAttribute(String s) { return Level.valueOf(s); }",
        "  }",
        "  @Id Long id;",
        "  @Convert(converter = Codes.class) @Enumerated(EnumType.STRING) Level level;",
        "}");
    assertThat(ProcessorHarness.compile(List.of(file)).compilation())
        .hadErrorContaining("RTR-914 Leveled.level has both @Enumerated and @Convert(converter = test.Leveled.Codes)")
        .inFile(file).onLine(11);
  }

  @Test
  void aCharDiscriminatorSubclassWithoutValueIsAnErrorOnTheSubclass() {
    JavaFileObject root = source("Grade",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "@DiscriminatorColumn(discriminatorType = DiscriminatorType.CHAR)",
        "@DiscriminatorValue(\"G\")",
        "public class Grade {",
        "  @Id Long id;",
        "}");
    JavaFileObject sub = source("Honours",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Honours extends Grade {",
        "}");
    assertThat(ProcessorHarness.compile(List.of(root, sub)).compilation())
        .hadErrorContaining("RTR-913 Entity test.Honours has no @DiscriminatorValue")
        .inFile(sub).onLine(4);
  }

  @Test
  void anUnknownNamingOptionIsAnError() {
    JavaFileObject file = source("Plain",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Plain {",
        "  @Id Long id;",
        "}");
    assertThat(ProcessorHarness.compile(List.of(file), "retort.naming=camel").compilation())
        .hadErrorContaining("RTR-901 The processor option -Aretort.naming=camel is not understood. Use one of: jpa, spring.");
  }

  @Test
  void modeOffReadsNothingEvenFromBrokenEntities() {
    JavaFileObject file = source("NoIdAgain",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class NoIdAgain {",
        "  String name;",
        "}");
    ProcessorHarness.Result result = ProcessorHarness.compile(List.of(file), "retort.mode=off");
    assertThat(result.compilation()).succeededWithoutWarnings();
    assertNull(result.model());
  }
}
