package dev.retort.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.introspect.Introspection;
import dev.retort.introspect.IntrospectionScope;
import dev.retort.introspect.PostgresIntrospector;
import dev.retort.model.SchemaModel;
import dev.retort.read.CatalogDiff;
import dev.retort.read.HibernateOracle;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One realistic fleet model evolved through thirteen versions with real Maven builds: after each
 * build exactly one new migration exists, it applies to PostgreSQL from the build output, Hibernate's
 * schema validation passes on the migrated database, its catalog equals the one Hibernate creates
 * itself for that version, and the rows inserted at the first version are still there, under
 * every declared rename.
 *
 * <p>"Equals" is {@link CatalogDiff}'s: constraint and index names count, column order does not
 * (PostgreSQL appends added columns; Hibernate orders a new table's columns its own way). The one
 * other known difference, the identity sequence a renamed table keeps, is stated exactly in
 * {@link #RENAMED_TABLE_KEEPS_ITS_SEQUENCE}.
 */
@PostgresTest
class EvolutionIT {

  private static final List<String> FIRST_ENTITIES = List.of(
      "com.acme.fleet.AppUser", "com.acme.fleet.Driver", "com.acme.fleet.TireSpec", "com.acme.fleet.Vehicle");

  /** The version that renames drivers to fleet_drivers. */
  private static final int TABLE_RENAME = 9;

  private MavenProject fleet;
  private TestDatabase db;
  private final List<String> entities = new ArrayList<>(FIRST_ENTITIES);
  /** What each row check selects and the rows it expects, by name; versions that rename replace them. */
  private final Map<String, RowCheck> rowChecks = new LinkedHashMap<>();
  private final List<String> timings = new ArrayList<>();

  private record RowCheck(String sql, List<String> rows) {}

  /** An edit of the entity sources, the developer's part of a version. */
  private interface Change {
    void apply() throws Exception;
  }

  /** Installs this build's parent, runtime and processor for the child builds. */
  @BeforeAll
  static void installThisBuildsArtifacts() throws Exception {
    MavenProject.installThisBuildsArtifacts();
  }

  /** Each version is an edit a developer would make, one build, and the checks of {@link #check}. */
  @Test
  void aFleetModelEvolvesThroughThirteenBuildsAndEveryMigrationYieldsHibernatesOwnSchemaWithTheFirstRowsIntact(
      TestDatabase db, @TempDir Path project) throws Exception {
    this.db = db;
    fleet = new MavenProject(project);
    fleet.writeProject();
    // One migration per version, as this history counts them; OnlinePlanTest covers the online forms' parts.
    fleet.usePlainDdl();
    long start = System.nanoTime();

    version(1, "2026-11-22T09:00", "initial schema: vehicles, drivers, users, tire specs", this::writeFirstVersion,
        "op.createTable(\"vehicles\",", "op.createTable(\"drivers\",", "op.createTable(\"users\",",
        "op.createTable(\"tire_specs\",");
    apply(1);
    insertFirstRows();
    check(1);

    version(2, "2026-11-22T10:00", "maintenance records referencing vehicles", () -> {
      fleet.writeEntity("MaintenanceRecord", MAINTENANCE_RECORD);
      entities.add("com.acme.fleet.MaintenanceRecord");
    }, "op.createTable(\"maintenance_records\",");
    verify(2);

    version(3, "2026-11-22T11:00", "a nullable e-mail for drivers",
        () -> edit("Driver", "  private String faxNumber;\n",
            "  private String faxNumber;\n\n  @Column(length = 120)\n  private String email;\n"),
        "op.addColumn(\"drivers\",");
    verify(3);

    version(4, "2026-11-22T12:00", "a fleet number for vehicles, indexed", () -> {
      edit("Vehicle", "@Table(name = \"vehicles\")",
          "@Table(name = \"vehicles\", indexes = @Index(name = \"ix_vehicles_fleet_number\", columnList = \"fleet_number\"))");
      edit("Vehicle", "  private int modelYear;\n",
          "  private int modelYear;\n\n  @Column(name = \"fleet_number\", length = 12)\n  private String fleetNumber;\n");
    }, "op.addColumn(\"vehicles\",", "op.createIndex(\"vehicles\",");
    verify(4);

    version(5, "2026-11-22T13:00", "service records with a service type (enum as string)", () -> {
      MavenProject.touch(fleet.entity("ServiceType"), "package com.acme.fleet;\n\npublic enum ServiceType { OIL_CHANGE, INSPECTION }\n");
      fleet.writeEntity("ServiceRecord", SERVICE_RECORD);
      entities.add("com.acme.fleet.ServiceRecord");
    }, "op.createTable(\"service_records\",");
    verify(5);

    version(6, "2026-11-22T14:00", "two more service types: the enum's check constraint changes",
        () -> MavenProject.touch(fleet.entity("ServiceType"),
            "package com.acme.fleet;\n\npublic enum ServiceType { OIL_CHANGE, INSPECTION, TIRE_ROTATION, BRAKE_SERVICE }\n"),
        "op.dropCheck(\"service_records\",", "op.addCheck(\"service_records\",");
    verify(6);

    Path backfilled = version(7, "2026-11-22T15:00", "a NOT NULL fuel type for vehicles, which have rows",
        () -> edit("Vehicle", "  @Column(name = \"fleet_number\"",
            "  @Column(name = \"fuel_type\", nullable = false, length = 12)\n  private String fuelType;\n\n  @Column(name = \"fleet_number\""),
        "op.addColumn(\"vehicles\",", "op.setNotNull(\"vehicles\", \"fuel_type\")");
    backfill(backfilled, "vehicles.fuel_type", "op.execute(\"UPDATE vehicles SET fuel_type = 'DIESEL' WHERE fuel_type IS NULL\");");
    fleet.build("2026-11-22T15:05", "compile");
    assertEquals(7, fleet.migrationSources().size(), "building the backfilled migration wrote another one");
    rowChecks.put("fuel", new RowCheck("select vin, fuel_type from vehicles order by vin",
        List.of("1HGCM82633A004352|DIESEL", "WDB9634031L123456|DIESEL")));
    verify(7);

    version(8, "2026-11-22T16:00", "make is now called manufacturer (declared column rename)", () -> {
      edit("Vehicle", "  private String make;\n", "  @RenamedFrom(\"make\")\n  private String manufacturer;\n");
      edit("Vehicle", "import jakarta.persistence.*;\n", "import dev.retort.migration.RenamedFrom;\nimport jakarta.persistence.*;\n");
    }, "op.renameColumn(\"vehicles\", \"make\", \"manufacturer\")");
    rowChecks.put("vehicles", new RowCheck("select vin, manufacturer, model, model_year from vehicles order by vin", VEHICLE_ROWS));
    verify(8);

    version(TABLE_RENAME, "2026-11-22T17:00", "drivers is now called fleet_drivers (declared table rename)", () -> {
      edit("Driver", "@Table(name = \"drivers\")", "@Table(name = \"fleet_drivers\")\n@RenamedFrom(\"drivers\")");
      edit("Driver", "import jakarta.persistence.*;\n", "import dev.retort.migration.RenamedFrom;\nimport jakarta.persistence.*;\n");
    }, "op.renameTable(\"drivers\", \"fleet_drivers\")");
    rowChecks.put("drivers", new RowCheck(DRIVERS_SQL.replace("drivers d", "fleet_drivers d"), DRIVER_ROWS));
    rowChecks.put("fax", new RowCheck("select name, fax_number from fleet_drivers order by name", FAX_ROWS));
    verify(TABLE_RENAME);

    version(10, "2026-11-22T18:00", "vehicle model widened from 50 to 100 characters",
        () -> edit("Vehicle", "  @Column(length = 50)\n  private String model;", "  @Column(length = 100)\n  private String model;"),
        "op.alterColumnType(\"vehicles\", \"model\",");
    verify(10);

    version(11, "2026-11-22T19:00", "fax numbers dropped (destructive)",
        () -> edit("Driver", "  @Column(name = \"fax_number\", length = 30)\n  private String faxNumber;\n\n", ""),
        "// DESTRUCTIVE:", "op.dropColumn(\"fleet_drivers\",");
    rowChecks.remove("fax");
    verify(11);

    version(12, "2026-11-22T20:00", "drivers are assigned vehicles (many-to-many join table)", () -> {
      edit("Driver", "  @Column(length = 120)\n  private String email;\n",
          "  @Column(length = 120)\n  private String email;\n\n  @ManyToMany\n  private java.util.Set<Vehicle> assignedVehicles;\n");
    }, "op.createTable(\"fleet_drivers_vehicles\",");
    verify(12);

    version(13, "2026-11-22T21:00", "one tire spec per vehicle and axle position (unique constraint)",
        () -> edit("TireSpec", "@Table(name = \"tire_specs\")",
            "@Table(name = \"tire_specs\", uniqueConstraints = @UniqueConstraint(columnNames = {\"vehicle_id\", \"axle_position\"}))"),
        "op.addUnique(\"tire_specs\",");
    verify(13);

    timings.add(String.format("total %.1f s", (System.nanoTime() - start) / 1e9));
    System.out.println("EvolutionIT timings:\n  " + String.join("\n  ", timings));
  }

  /**
   * Applies {@code change}, builds, and asserts that the build wrote exactly one new migration whose
   * source contains each of {@code expected}; returns that migration's source file.
   */
  private Path version(int number, String timestamp, String what, Change change, String... expected) throws Exception {
    List<String> before = fleet.migrationSources();
    change.apply();
    long start = System.nanoTime();
    fleet.build(timestamp, "compile");
    timings.add(String.format("v%d build %.1f s (%s)", number, (System.nanoTime() - start) / 1e9, what));
    List<String> after = fleet.migrationSources();
    assertEquals(before.size() + 1, after.size(), "v" + number + " (" + what + ") should add one migration: " + after);
    String name = after.get(after.size() - 1);
    assertTrue(name.startsWith("V" + timestamp.replace("-", "").replace("T", "_").replace(":", "") + "__"), name);
    Path source = fleet.migrations().resolve(name);
    String text = Files.readString(source);
    for (String snippet : expected) {
      assertTrue(text.contains(snippet), "v" + number + " migration " + name + " lacks " + snippet + ":\n" + text);
    }
    return source;
  }

  /** Applies the new migration from the build output, then {@linkplain #check checks} the result. */
  private void verify(int number) throws Exception {
    apply(number);
    check(number);
  }

  private void apply(int number) throws Exception {
    long start = System.nanoTime();
    assertEquals(1, fleet.applyFromBuildOutput(db).revisions().size(), "v" + number + " should apply one revision");
    timings.add(String.format("v%d apply %.1f s", number, (System.nanoTime() - start) / 1e9));
  }

  /**
   * Checks the first rows, then boots Hibernate once on this version's classes: its validation must
   * pass on the migrated database, and the schema it creates on a fresh sibling database must have
   * the same catalog.
   */
  private void check(int number) throws Exception {
    for (Map.Entry<String, RowCheck> check : rowChecks.entrySet()) {
      assertEquals(check.getValue().rows(), rows(check.getValue().sql()), "v" + number + " rows of " + check.getKey());
    }
    long start = System.nanoTime();
    try (HibernateOracle hibernate = new HibernateOracle(fleet.classes(), false)) {
      assertEquals(entities.stream().sorted().toList(), hibernate.classNames(), "v" + number + " entity classes");
      hibernate.validate(db);
      TestDatabase theirs = db.createSibling();
      hibernate.create(theirs);
      String difference = CatalogDiff.between(catalog(theirs), catalog(db));
      assertEquals("", difference, "v" + number + ": the migrated catalog differs from the one Hibernate creates:\n" + difference + "\n");
      assertEquals(number < TABLE_RENAME ? List.of() : List.of(RENAMED_TABLE_KEEPS_ITS_SEQUENCE), identityDifferences(theirs, db),
          "v" + number + ": identity sequences");
    }
    timings.add(String.format("v%d Hibernate validate+create+compare %.1f s", number, (System.nanoTime() - start) / 1e9));
  }

  /** The developer's part of a BACKFILL marker: the marker must be there, and {@code statement} goes right below it. */
  private static void backfill(Path migration, String column, String statement) throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(migration));
    int marker = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().startsWith("// BACKFILL: " + column + " ")) {
        marker = i;
      }
    }
    assertTrue(marker >= 0, "no BACKFILL marker for " + column + " in:\n" + String.join("\n", lines));
    // The marker is two comment lines, the second an example of the statement to write.
    assertTrue(lines.get(marker + 1).trim().startsWith("// op.execute(\"UPDATE "), lines.get(marker + 1));
    String indent = lines.get(marker).substring(0, lines.get(marker).indexOf("//"));
    lines.add(marker + 2, indent + statement);
    Files.write(migration, lines);
  }

  private void edit(String entity, String from, String to) throws Exception {
    Path file = fleet.entity(entity);
    String source = Files.readString(file);
    int at = source.indexOf(from);
    assertTrue(at >= 0 && source.indexOf(from, at + 1) < 0, entity + " should contain exactly once: " + from + "\n" + source);
    Files.writeString(file, source.replace(from, to));
  }

  private static final List<String> VEHICLE_ROWS = List.of("1HGCM82633A004352|Volvo|FH16|2021", "WDB9634031L123456|Mercedes-Benz|Actros|2019");
  private static final String DRIVERS_SQL =
      "select d.name, d.license_number, d.phone, u.email from drivers d left join users u on u.driver_id = d.id order by d.name";
  private static final List<String> DRIVER_ROWS = List.of("Ada Lovelace|DL-1001|555-0100|ada@acme.example", "Grace Hopper|DL-1002|555-0101|null");
  private static final List<String> FAX_ROWS = List.of("Ada Lovelace|555-0190", "Grace Hopper|null");

  private void insertFirstRows() throws Exception {
    db.execute("""
        insert into vehicles (vin, make, model, model_year) values
          ('1HGCM82633A004352', 'Volvo', 'FH16', 2021), ('WDB9634031L123456', 'Mercedes-Benz', 'Actros', 2019);
        insert into drivers (name, license_number, phone, fax_number) values
          ('Ada Lovelace', 'DL-1001', '555-0100', '555-0190'), ('Grace Hopper', 'DL-1002', '555-0101', null);
        insert into users (email, display_name, driver_id)
          select 'ada@acme.example', 'Ada', id from drivers where name = 'Ada Lovelace';
        """);
    rowChecks.put("vehicles", new RowCheck("select vin, make, model, model_year from vehicles order by vin", VEHICLE_ROWS));
    rowChecks.put("drivers", new RowCheck(DRIVERS_SQL, DRIVER_ROWS));
    rowChecks.put("fax", new RowCheck("select name, fax_number from drivers order by name", FAX_ROWS));
  }

  private List<String> rows(String sql) throws Exception {
    return db.query(sql, resultSet -> {
      List<String> rows = new ArrayList<>();
      ResultSetMetaData meta = resultSet.getMetaData();
      while (resultSet.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          values.add(String.valueOf(resultSet.getString(i)));
        }
        rows.add(String.join("|", values));
      }
      return rows;
    });
  }

  /**
   * The one known difference the catalog comparison cannot see (the schema model does not hold the
   * names of identity sequences): PostgreSQL's {@code ALTER TABLE ... RENAME} keeps the name of the
   * sequence behind an identity column, while Hibernate creates the renamed table with a new one.
   * Nothing depends on the name ({@code pg_get_serial_sequence} follows the column), but scripts that
   * name the sequence do.
   */
  private static final String RENAMED_TABLE_KEEPS_ITS_SEQUENCE =
      "fleet_drivers.id identity sequence: Hibernate public.fleet_drivers_id_seq, Retort public.drivers_id_seq";

  /** One line per identity column whose sequence is named differently in the two databases. */
  private static List<String> identityDifferences(TestDatabase hibernate, TestDatabase retort) throws Exception {
    Map<String, String> theirs = identitySequences(hibernate);
    Map<String, String> ours = identitySequences(retort);
    assertEquals(theirs.keySet(), ours.keySet(), "identity columns");
    List<String> lines = new ArrayList<>();
    theirs.forEach((column, sequence) -> {
      if (!sequence.equals(ours.get(column))) {
        lines.add(column + " identity sequence: Hibernate " + sequence + ", Retort " + ours.get(column));
      }
    });
    return lines;
  }

  private static Map<String, String> identitySequences(TestDatabase database) throws Exception {
    return database.query("""
        select table_name || '.' || column_name, pg_get_serial_sequence(quote_ident(table_name), column_name)
        from information_schema.columns
        where table_schema = current_schema() and is_identity = 'YES' and table_name <> 'retort_history'
        order by 1
        """, resultSet -> {
          Map<String, String> sequences = new LinkedHashMap<>();
          while (resultSet.next()) {
            sequences.put(resultSet.getString(1), resultSet.getString(2));
          }
          return sequences;
        });
  }

  private static SchemaModel catalog(TestDatabase database) throws Exception {
    try (Connection connection = database.connect()) {
      Introspection introspection = PostgresIntrospector.introspect(connection, IntrospectionScope.of("public"));
      assertEquals(List.of(), introspection.warnings(), "introspecting " + database);
      return introspection.model();
    }
  }

  private void writeFirstVersion() throws Exception {
    fleet.writeEntity("Vehicle", """
        package com.acme.fleet;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "vehicles")
        public class Vehicle {
          @Id
          @GeneratedValue(strategy = GenerationType.IDENTITY)
          private Long id;

          @Column(length = 17, nullable = false, unique = true)
          private String vin;

          @Column(nullable = false, length = 40)
          private String make;

          @Column(length = 50)
          private String model;

          @Column(name = "model_year", nullable = false)
          private int modelYear;
        }
        """);
    fleet.writeEntity("Driver", """
        package com.acme.fleet;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "drivers")
        public class Driver {
          @Id
          @GeneratedValue(strategy = GenerationType.IDENTITY)
          private Long id;

          @Column(nullable = false, length = 100)
          private String name;

          @Column(name = "license_number", nullable = false, length = 20, unique = true)
          private String licenseNumber;

          @Column(length = 30)
          private String phone;

          @Column(name = "fax_number", length = 30)
          private String faxNumber;
        }
        """);
    fleet.writeEntity("AppUser", """
        package com.acme.fleet;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "users")
        public class AppUser {
          @Id
          @GeneratedValue(strategy = GenerationType.IDENTITY)
          private Long id;

          @Column(nullable = false, unique = true)
          private String email;

          @Column(name = "display_name", nullable = false, length = 80)
          private String displayName;

          @ManyToOne
          @JoinColumn(name = "driver_id")
          private Driver driver;
        }
        """);
    fleet.writeEntity("TireSpec", """
        package com.acme.fleet;

        import jakarta.persistence.*;

        @Entity
        @Table(name = "tire_specs")
        public class TireSpec {
          @Id
          @GeneratedValue(strategy = GenerationType.IDENTITY)
          private Long id;

          @ManyToOne(optional = false)
          @JoinColumn(name = "vehicle_id", nullable = false)
          private Vehicle vehicle;

          @Column(name = "axle_position", nullable = false, length = 10)
          private String axlePosition;

          @Column(name = "tire_size", nullable = false, length = 20)
          private String tireSize;

          @Column(name = "pressure_kpa")
          private Integer pressureKpa;
        }
        """);
  }

  private static final String MAINTENANCE_RECORD = """
      package com.acme.fleet;

      import jakarta.persistence.*;
      import java.math.BigDecimal;
      import java.time.LocalDate;

      @Entity
      @Table(name = "maintenance_records")
      public class MaintenanceRecord {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        @ManyToOne(optional = false)
        @JoinColumn(name = "vehicle_id", nullable = false)
        private Vehicle vehicle;

        @Column(name = "performed_on", nullable = false)
        private LocalDate performedOn;

        @Column(precision = 10, scale = 2)
        private BigDecimal cost;

        @Column(length = 500)
        private String notes;
      }
      """;

  private static final String SERVICE_RECORD = """
      package com.acme.fleet;

      import jakarta.persistence.*;
      import java.time.Instant;

      @Entity
      @Table(name = "service_records")
      public class ServiceRecord {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        @ManyToOne(optional = false)
        @JoinColumn(name = "vehicle_id", nullable = false)
        private Vehicle vehicle;

        @ManyToOne
        @JoinColumn(name = "driver_id")
        private Driver driver;

        @Enumerated(EnumType.STRING)
        @Column(name = "service_type", nullable = false, length = 20)
        private ServiceType type;

        @Column(name = "performed_at", nullable = false)
        private Instant performedAt;
      }
      """;
}
