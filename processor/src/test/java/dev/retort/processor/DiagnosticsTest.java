package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
  void aNotNullOneToManyJoinColumnOnAColumnTheTargetWritesIsAnErrorBecauseHibernateWritesItTwice() {
    JavaFileObject order = source("Order",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity @Table(name = \"orders\")",
        "public class Order {",
        "  @Id Long id;",
        "  @OneToMany @JoinColumn(name = \"order_id\", nullable = false) java.util.List<Line> lines;",
        "}");
    JavaFileObject line = source("Line",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Line {",
        "  @Id Long id;",
        "  @ManyToOne @JoinColumn(name = \"order_id\") Order order;",
        "}");
    assertThat(ProcessorHarness.compile(List.of(order, line)).compilation())
        .hadErrorContaining("RTR-903 Order.lines maps to column order_id of table line, which Line.order already maps")
        .inFile(order).onLine(6);
  }

  @Test
  void aReadOnlyCopyOfAJoinColumnIsNoErrorAndYieldsOneColumn() {
    JavaFileObject file = source("Invoice",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Invoice {",
        "  @Id Long id;",
        "  @ManyToOne Invoice parent;",
        "  @Column(name = \"parent_id\", insertable = false, updatable = false) Long parentId;",
        "}");
    ProcessorHarness.Result result = ProcessorHarness.compile(List.of(file));
    assertThat(result.compilation()).succeededWithoutWarnings();
    assertEquals(List.of("id", "parent_id"),
        result.model().tables().get(0).columns().stream().map(c -> c.name()).toList());
  }

  @Test
  void entitiesSharingATableWithConflictingColumnsAreAnErrorOnTheSecondNamingBoth() {
    JavaFileObject person = source("Person",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity @Table(name = \"people\")",
        "public class Person {",
        "  @Id Long id;",
        "  @Column(length = 20) String name;",
        "}");
    JavaFileObject summary = source("Summary",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity @Table(name = \"people\")",
        "public class Summary {",
        "  @Id Long id;",
        "  @Column(length = 30) String name;",
        "}");
    assertThat(ProcessorHarness.compile(List.of(person, summary)).compilation())
        .hadErrorContaining("RTR-915 Summary.name of entity test.Summary maps column name of table people as"
            + " character varying(30) NULL, but entity test.Person, which shares that table, maps the column as"
            + " character varying(20) NULL")
        .inFile(summary).onLine(6);
  }

  @Test
  void aCollectionTableThatIsAnEntitysTableWithAColumnOfAnotherTypeIsAnErrorOnBothMappings() {
    JavaFileObject scope = source("Scope",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Scope {",
        "  @Id Long id;",
        "  @ElementCollection @CollectionTable(name = \"scope_roles\", joinColumns = @JoinColumn(name = \"scope_id\"))",
        "  @Column(name = \"role_id\") java.util.Set<String> roleIds;",
        "}");
    JavaFileObject mapping = source("ScopeRole",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity @Table(name = \"scope_roles\")",
        "public class ScopeRole {",
        "  @Id @Column(name = \"role_id\") Long roleId;",
        "  @Column(name = \"scope_id\") Long scopeId;",
        "}");
    ProcessorHarness.Result result = ProcessorHarness.compile(List.of(scope, mapping));
    assertThat(result.compilation())
        .hadErrorContaining("RTR-918 ScopeRole.roleId declares table scope_roles, which another mapping declares too, and maps"
            + " its column role_id as bigint, but Scope.roleIds maps that column as character varying(255)")
        .inFile(mapping).onLine(5);
    assertThat(result.compilation())
        .hadErrorContaining("RTR-918 Scope.roleIds declares table scope_roles, which another mapping declares too, and maps"
            + " its column role_id as character varying(255), but ScopeRole.roleId maps that column as bigint")
        .inFile(scope).onLine(7);
    assertNull(result.model());
  }

  @Test
  void bothSidesOfAManyToManyDeclaringOneJoinTableMakeOneTableWithoutAnError() {
    JavaFileObject student = source("Student",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Student {",
        "  @Id Long id;",
        "  @ManyToMany @JoinTable(name = \"attends\", joinColumns = @JoinColumn(name = \"student_id\"),",
        "      inverseJoinColumns = @JoinColumn(name = \"course_id\")) java.util.Set<Course> courses;",
        "}");
    JavaFileObject course = source("Course",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Course {",
        "  @Id Long id;",
        "  @ManyToMany @JoinTable(name = \"attends\", joinColumns = @JoinColumn(name = \"course_id\"),",
        "      inverseJoinColumns = @JoinColumn(name = \"student_id\")) java.util.Set<Student> students;",
        "}");
    ProcessorHarness.Result result = ProcessorHarness.compile(List.of(student, course));
    assertThat(result.compilation()).succeededWithoutWarnings();
    assertEquals(1, result.model().tables().stream().filter(t -> t.name().name().equals("attends")).count());
  }

  @Test
  void singleTableSiblingsMappingOneColumnDifferentlyAreAnError() {
    JavaFileObject root = source("Animal",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Animal {",
        "  @Id Long id;",
        "}");
    JavaFileObject cat = source("Cat",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Cat extends Animal {",
        "  String sound;",
        "}");
    JavaFileObject dog = source("Dog",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Dog extends Animal {",
        "  Integer sound;",
        "}");
    assertThat(ProcessorHarness.compile(List.of(root, cat, dog)).compilation())
        .hadErrorContaining("RTR-915 Dog.sound of entity test.Dog maps column sound of table animal as integer NULL")
        .inFile(dog).onLine(5);
  }

  @Test
  void aReferencedColumnNameTheReferencedTableLacksIsAnErrorOnTheToOne() {
    JavaFileObject file = source("Ticket",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Ticket {",
        "  @Id Long id;",
        "  @ManyToOne",
        "  @JoinColumn(name = \"previous\", referencedColumnName = \"code\")",
        "  Ticket previous;",
        "}");
    assertThat(ProcessorHarness.compile(List.of(file)).compilation())
        .hadErrorContaining("RTR-912 Ticket.previous names column code, which table ticket does not have. Use one of its columns: [id]")
        .inFile(file).onLine(7);
  }

  @Test
  void aReferencedColumnNameTheOwnerLacksIsAnErrorOnTheOneToMany() {
    JavaFileObject owner = source("Board",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Board {",
        "  @Id Long id;",
        "  @OneToMany",
        "  @JoinColumn(name = \"board\", referencedColumnName = \"code\")",
        "  java.util.List<Card> cards;",
        "}");
    JavaFileObject card = source("Card",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Card {",
        "  @Id Long id;",
        "}");
    assertThat(ProcessorHarness.compile(List.of(owner, card)).compilation())
        .hadErrorContaining("RTR-912 Board.cards names column code, which table board does not have")
        .inFile(owner).onLine(7);
  }

  @Test
  void aReferencedColumnNameInAJoinTableThatTheOwnerLacksIsAnError() {
    JavaFileObject owner = source("Course",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Course {",
        "  @Id Long id;",
        "  @ManyToMany",
        "  @JoinTable(joinColumns = @JoinColumn(name = \"course\", referencedColumnName = \"slug\"))",
        "  java.util.Set<Course> prerequisites;",
        "}");
    assertThat(ProcessorHarness.compile(List.of(owner)).compilation())
        .hadErrorContaining("RTR-912 Course.prerequisites names column slug, which table course does not have")
        .inFile(owner).onLine(7);
  }

  @Test
  void aColumnInATableUniqueConstraintThatTheTableLacksIsAnErrorOnTheTable() {
    JavaFileObject file = source("Badge",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "@Table(uniqueConstraints = @UniqueConstraint(columnNames = \"holder\"))",
        "public class Badge {",
        "  @Id Long id;",
        "  String owner;",
        "}");
    assertThat(ProcessorHarness.compile(List.of(file)).compilation())
        .hadErrorContaining("RTR-912 @Table of Badge names column holder, which table badge does not have. Use one of its columns: [id, owner]")
        .inFile(file).onLine(4);
  }

  @Test
  void aJoinColumnNameOverSixtyThreeBytesIsAnErrorSuggestingJoinColumn() {
    String longName = "j".repeat(64);
    JavaFileObject file = source("Step",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Step {",
        "  @Id Long id;",
        "  @ManyToOne @JoinColumn(name = \"" + longName + "\") Step next;",
        "}");
    assertThat(ProcessorHarness.compile(List.of(file)).compilation())
        .hadErrorContaining("RTR-904 The column name \"" + longName + "\" of Step.next is 64 bytes long")
        .inFile(file).onLine(6);
    assertThat(ProcessorHarness.compile(List.of(file)).compilation())
        .hadErrorContaining("with @JoinColumn(name = \"...\")");
  }

  @Test
  void constraintIndexSequenceAndJoinTableNamesOverSixtyThreeBytesAreErrorsOnTheirElements() {
    String longName = "n".repeat(64);
    JavaFileObject file = source("Shelf",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "@Table(uniqueConstraints = @UniqueConstraint(name = \"" + longName + "\", columnNames = \"label\"),",
        "    indexes = @Index(name = \"" + longName + "\", columnList = \"label\"))",
        "@SequenceGenerator(name = \"shelves\", sequenceName = \"" + longName + "\")",
        "public class Shelf {",
        "  @Id @GeneratedValue(generator = \"shelves\") Long id;",
        "  String label;",
        "  @ManyToOne @JoinColumn(foreignKey = @ForeignKey(name = \"" + longName + "\")) Shelf above;",
        "  @ManyToMany @JoinTable(name = \"" + longName + "\") java.util.Set<Shelf> neighbours;",
        "}");
    com.google.testing.compile.Compilation compilation = ProcessorHarness.compile(List.of(file)).compilation();
    assertThat(compilation).hadErrorContaining("RTR-904 The unique constraint name \"" + longName + "\" of test.Shelf")
        .inFile(file).onLine(4);
    assertThat(compilation).hadErrorContaining("RTR-904 The index name \"" + longName + "\" of test.Shelf")
        .inFile(file).onLine(5);
    assertThat(compilation).hadErrorContaining("RTR-904 The sequence name \"" + longName + "\" of Shelf.id")
        .inFile(file).onLine(8);
    assertThat(compilation).hadErrorContaining("RTR-904 The foreign key name \"" + longName + "\" of Shelf.above")
        .inFile(file).onLine(10);
    assertThat(compilation).hadErrorContaining("RTR-904 The table name \"" + longName + "\" of Shelf.neighbours")
        .inFile(file).onLine(11);
  }

  @Test
  void aSerializableAttributeWarnsThatHibernateStoresJavaBytes() {
    JavaFileObject file = source("Parcel",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Parcel {",
        "  public static class Label implements java.io.Serializable {}",
        "  @Id Long id;",
        "  Label label;",
        "}");
    ProcessorHarness.Result result = ProcessorHarness.compile(List.of(file));
    assertThat(result.compilation()).succeeded();
    assertThat(result.compilation())
        .hadWarningContaining("RTR-908 Parcel.label has type test.Parcel.Label, which Hibernate stores as serialized Java bytes")
        .inFile(file).onLine(7);
    assertNotNull(result.model());
  }

  @Test
  void aGeneratorNamingNoSequenceGeneratorIsAnErrorOnTheGeneratedValue() {
    JavaFileObject file = source("Ledger",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Ledger {",
        "  @Id",
        "  @GeneratedValue(generator = \"ledger_ids\")",
        "  Long id;",
        "}");
    assertThat(ProcessorHarness.compile(List.of(file)).compilation())
        .hadErrorContaining("RTR-910 Ledger.id uses generator \"ledger_ids\", but no @SequenceGenerator of that name is declared")
        .inFile(file).onLine(6);
  }

  @Test
  void anAssociationToAClassThatIsNoEntityIsAnErrorOnTheAssociation() {
    JavaFileObject file = source("Loan",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Loan {",
        "  public static class Book {}",
        "  @Id Long id;",
        "  @ManyToOne",
        "  Book book;",
        "}");
    assertThat(ProcessorHarness.compile(List.of(file)).compilation())
        .hadErrorContaining("RTR-911 Loan.book refers to test.Loan.Book, which is not an @Entity")
        .inFile(file).onLine(7);
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

  @Test
  void aTableOrInheritanceOnAMappedSuperclassIsAWarningOnTheSuperclassOnceForAllItsEntities() {
    JavaFileObject base = source("Audited",
        "package test;",
        "import jakarta.persistence.*;",
        "@MappedSuperclass",
        "@Table(name = \"audited\")",
        "@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)",
        "public abstract class Audited {",
        "  @Id Long id;",
        "}");
    JavaFileObject first = source("Invoice", "package test;", "import jakarta.persistence.*;", "@Entity", "public class Invoice extends Audited {}");
    JavaFileObject second = source("Receipt", "package test;", "import jakarta.persistence.*;", "@Entity", "public class Receipt extends Audited {}");
    ProcessorHarness.Result result = ProcessorHarness.compile(List.of(base, first, second));
    assertThat(result.compilation()).hadWarningContaining("RTR-931 @MappedSuperclass test.Audited declares @Table").inFile(base).onLine(6);
    assertThat(result.compilation()).hadWarningContaining("RTR-931 @MappedSuperclass test.Audited declares @Inheritance").inFile(base).onLine(6);
    assertEquals(2, result.compilation().warnings().stream().filter(d -> d.getMessage(null).startsWith("RTR-931")).count());
    assertNotNull(result.model());
  }

  @Test
  void aJoinTableColumnThatIsInsertableButNotUpdatableIsAWarningOnTheCollection() {
    JavaFileObject file = source("Crew",
        "package test;",
        "import jakarta.persistence.*;",
        "import java.util.List;",
        "@Entity",
        "public class Crew {",
        "  @Id Long id;",
        "  @ManyToMany @JoinTable(name = \"crew_skill\",",
        "      joinColumns = @JoinColumn(name = \"crew_id\", updatable = false),",
        "      inverseJoinColumns = @JoinColumn(name = \"skill_id\"))",
        "  List<Skill> skills;",
        "}");
    JavaFileObject skill = source("Skill", "package test;", "import jakarta.persistence.*;", "@Entity", "public class Skill { @Id Long id; }");
    ProcessorHarness.Result result = ProcessorHarness.compile(List.of(file, skill));
    assertThat(result.compilation())
        .hadWarningContaining("RTR-932 Crew.skills declares join table column crew_id with insertable = true but updatable = false")
        .inFile(file).onLine(8);
    assertEquals(1, result.compilation().warnings().stream().filter(d -> d.getMessage(null).startsWith("RTR-932")).count());
  }
}
