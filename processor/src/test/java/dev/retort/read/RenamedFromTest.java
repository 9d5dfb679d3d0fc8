package dev.retort.read;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.compare.RenameHints;
import dev.retort.model.QualifiedName;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @RenamedFrom} becomes rename hints in the physical names the reader computes, or an error where it names no single column. */
class RenamedFromTest {

  private static final QualifiedName DRIVERS = QualifiedName.of("drivers");

  private static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines("test." + name, lines);
  }

  private static RenameHints hints(NamingStrategy naming, JavaFileObject... sources) {
    ReaderHarness.Result result = ReaderHarness.read(naming, sources);
    assertThat(result.compilation()).succeededWithoutWarnings();
    return result.reader().renameHints();
  }

  @Test
  void aRenamedBasicColumnIsHintedInItsTableByOldAndNewPhysicalName() {
    RenameHints hints = hints(NamingStrategy.JPA, source("Driver",
        "package test;",
        "import dev.retort.migration.RenamedFrom;",
        "import jakarta.persistence.*;",
        "@Entity @Table(name = \"drivers\")",
        "public class Driver {",
        "  @Id Long id;",
        "  @Column(name = \"mobile\") @RenamedFrom(\"phone\") String phone;",
        "  String name;",
        "}"));
    assertEquals(new RenameHints(Map.of(), Map.of(DRIVERS, Map.of("phone", "mobile"))), hints);
  }

  @Test
  void aRenamedEntityHintsItsTableAndItsColumnRenamesRememberTheOldTable() {
    ReaderHarness.Result result = ReaderHarness.read(NamingStrategy.JPA, source("Driver",
        "package test;",
        "import dev.retort.migration.RenamedFrom;",
        "import jakarta.persistence.*;",
        "@Entity @Table(name = \"drivers\") @RenamedFrom(\"chauffeurs\")",
        "public class Driver {",
        "  @Id Long id;",
        "  @RenamedFrom(\"fullname\") String name;",
        "}"));
    assertThat(result.compilation()).succeededWithoutWarnings();
    QualifiedName old = QualifiedName.of("chauffeurs");
    assertEquals(new RenameHints(Map.of(old, DRIVERS), Map.of(DRIVERS, Map.of("fullname", "name"))), result.reader().renameHints());
    List<DeclaredRename> declared = result.reader().renameDeclarations().declared();
    assertEquals(List.of("chauffeurs->drivers", "chauffeurs.fullname->drivers.name"), declared.stream()
        .map(d -> d.ofTable() ? d.oldTable() + "->" + d.newTable() : d.oldTable() + "." + d.oldColumn() + "->" + d.newTable() + "." + d.newColumn())
        .toList());
    assertEquals(List.of("Driver", "name"), declared.stream().map(d -> d.element().getSimpleName().toString()).toList());
  }

  @Test
  void aRenamedJoinColumnAndEmbeddedAttributesHintTheColumnsTheyMap() {
    JavaFileObject depot = source("Depot",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Depot {",
        "  @Id Long id;",
        "}");
    JavaFileObject money = source("Money",
        "package test;",
        "import dev.retort.migration.RenamedFrom;",
        "import jakarta.persistence.*;",
        "@Embeddable",
        "public class Money {",
        "  @RenamedFrom(\"value\") java.math.BigDecimal amount;",
        "}");
    JavaFileObject note = source("Note",
        "package test;",
        "import jakarta.persistence.*;",
        "@Embeddable",
        "public class Note {",
        "  String text;",
        "}");
    JavaFileObject driver = source("Driver",
        "package test;",
        "import dev.retort.migration.RenamedFrom;",
        "import jakarta.persistence.*;",
        "@Entity @Table(name = \"drivers\")",
        "public class Driver {",
        "  @Id Long id;",
        "  @ManyToOne @RenamedFrom(\"base_id\") Depot home;",
        "  @AttributeOverride(name = \"amount\", column = @Column(name = \"salary_amount\")) Money salary;",
        "  @RenamedFrom(\"remark\") Note note;",
        "}");
    RenameHints hints = hints(NamingStrategy.JPA, depot, money, note, driver);
    assertEquals(Map.of(DRIVERS, Map.of("base_id", "home_id", "value", "salary_amount", "remark", "text")), hints.columns());
  }

  @Test
  void springNamingHintsTheSnakeCasedNewName() {
    RenameHints hints = hints(NamingStrategy.SPRING, source("Driver",
        "package test;",
        "import dev.retort.migration.RenamedFrom;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Driver {",
        "  @Id Long id;",
        "  @RenamedFrom(\"phone\") String mobilePhone;",
        "}"));
    assertEquals(Map.of(QualifiedName.of("driver"), Map.of("phone", "mobile_phone")), hints.columns());
  }

  @Test
  void aMixedCaseOldNameIsFoldedToLowerCaseAsPostgresStoresTheUnquotedNamesHibernateWrites() {
    RenameHints hints = hints(NamingStrategy.JPA, source("Driver",
        "package test;",
        "import dev.retort.migration.RenamedFrom;",
        "import jakarta.persistence.*;",
        "@Entity @Table(name = \"Drivers\") @RenamedFrom(\"Chauffeurs\")",
        "public class Driver {",
        "  @Id Long id;",
        "  @RenamedFrom(\"phoneNo\") String mobileNumber;",
        "  @RenamedFrom(\"\\\"FaxNo\\\"\") String fax;",
        "}"));
    assertEquals(new RenameHints(Map.of(QualifiedName.of("chauffeurs"), DRIVERS),
        Map.of(DRIVERS, Map.of("phoneno", "mobilenumber", "FaxNo", "fax"))), hints);
  }

  @Test
  void springNamingSnakeCasesTheOldNameAsItWouldHaveNamedTheColumn() {
    RenameHints hints = hints(NamingStrategy.SPRING, source("Driver",
        "package test;",
        "import dev.retort.migration.RenamedFrom;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Driver {",
        "  @Id Long id;",
        "  @RenamedFrom(\"phoneNo\") String mobileNumber;",
        "}"));
    assertEquals(Map.of(QualifiedName.of("driver"), Map.of("phone_no", "mobile_number")), hints.columns());
  }

  @Test
  void aRenamedElementCollectionHintsItsCollectionTableByOldAndNewName() {
    ReaderHarness.Result result = ReaderHarness.read(NamingStrategy.JPA, source("Driver",
        "package test;",
        "import dev.retort.migration.RenamedFrom;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Driver {",
        "  @Id Long id;",
        "  @ElementCollection @RenamedFrom(\"driver_phones\")",
        "  java.util.Set<String> numbers;",
        "}"));
    assertThat(result.compilation()).succeededWithoutWarnings();
    assertEquals(Map.of(QualifiedName.of("driver_phones"), QualifiedName.of("driver_numbers")),
        result.reader().renameHints().tables());
    List<DeclaredRename> declared = result.reader().renameDeclarations().declared();
    assertEquals(1, declared.size());
    assertEquals("numbers", declared.get(0).element().getSimpleName().toString());
  }

  @Test
  void aRenamedManyToManyAndAUnidirectionalOneToManyHintTheirJoinTablesInTheirSchema() {
    JavaFileObject role = source("Role",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Role {",
        "  @Id Long id;",
        "}");
    JavaFileObject user = source("Account",
        "package test;",
        "import dev.retort.migration.RenamedFrom;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Account {",
        "  @Id Long id;",
        "  @ManyToMany @JoinTable(name = \"account_roles\", schema = \"auth\") @RenamedFrom(\"user_roles\")",
        "  java.util.Set<Role> roles;",
        "  @OneToMany @RenamedFrom(\"account_former_roles\")",
        "  java.util.List<Role> pastRoles;",
        "}");
    RenameHints hints = hints(NamingStrategy.JPA, role, user);
    assertEquals(Map.of(QualifiedName.of("auth", "user_roles"), QualifiedName.of("auth", "account_roles"),
        QualifiedName.of("account_former_roles"), QualifiedName.of("account_role")), hints.tables());
  }

  @Test
  void aRenamedMappedByCollectionIsAnErrorSayingItsColumnsLiveInItsTarget() {
    JavaFileObject vehicle = source("Vehicle",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Vehicle {",
        "  @Id Long id;",
        "  @ManyToOne Driver driver;",
        "}");
    JavaFileObject driver = source("Driver",
        "package test;",
        "import dev.retort.migration.RenamedFrom;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Driver {",
        "  @Id Long id;",
        "  @OneToMany(mappedBy = \"driver\") @RenamedFrom(\"cars\")",
        "  java.util.Set<Vehicle> vehicles;",
        "}");
    Compilation compilation = ReaderHarness.read(NamingStrategy.JPA, vehicle, driver).compilation();
    assertThat(compilation).hadErrorContaining("RTR-917 Driver.vehicles is annotated @RenamedFrom(\"cars\"), but it is a"
        + " collection (@OneToMany) without a join or collection table of its own").inFile(driver).onLine(7);
  }

  @Test
  void aRenamedEmbeddedAttributeOfSeveralColumnsIsAnErrorNamingThem() {
    JavaFileObject period = source("Period",
        "package test;",
        "import jakarta.persistence.*;",
        "@Embeddable",
        "public class Period {",
        "  java.time.LocalDate start;",
        "  java.time.LocalDate finish;",
        "}");
    JavaFileObject driver = source("Driver",
        "package test;",
        "import dev.retort.migration.RenamedFrom;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Driver {",
        "  @Id Long id;",
        "  @RenamedFrom(\"term\") Period contract;",
        "}");
    Compilation compilation = ReaderHarness.read(NamingStrategy.JPA, period, driver).compilation();
    assertThat(compilation).hadErrorContaining("it maps several columns of table driver (start, finish)").inFile(driver).onLine(7);
  }

  @Test
  void aRenamedSingleTableSubclassIsAnErrorBecauseItHasNoTableOfItsOwn() {
    JavaFileObject vehicle = source("Vehicle",
        "package test;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Vehicle {",
        "  @Id Long id;",
        "}");
    JavaFileObject truck = source("Truck",
        "package test;",
        "import dev.retort.migration.RenamedFrom;",
        "import jakarta.persistence.*;",
        "@Entity @RenamedFrom(\"lorry\")",
        "public class Truck extends Vehicle {",
        "}");
    Compilation compilation = ReaderHarness.read(NamingStrategy.JPA, vehicle, truck).compilation();
    assertThat(compilation).hadErrorContaining("RTR-917 test.Truck is annotated @RenamedFrom(\"lorry\"), but it has no table of its own")
        .inFile(truck).onLine(4);
  }
}
