package dev.retort.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import dev.retort.introspect.Introspection;
import dev.retort.introspect.IntrospectionScope;
import dev.retort.introspect.PostgresIntrospector;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.ops.Operation;
import dev.retort.processor.ProcessorHarness;
import dev.retort.render.sql.PostgresSqlRenderer;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;

/**
 * Proves a test model against the oracle: same model as Hibernate's, Hibernate validates the schema
 * created from it, and that schema's catalog equals the one Hibernate creates itself.
 */
final class OracleAssertions {

  private OracleAssertions() {}

  /**
   * Where Retort departs from Hibernate {@code line} on purpose, for {@code reason}: the exact model and
   * catalog differences expected then (as {@link ModelDiff} and {@link CatalogDiff} state them).
   */
  record Departure(String line, String reason, String modelDifference, String catalogDifference) {}

  /** Reads model {@code name} with the processor, compares it with Hibernate's, creates it and validates it. */
  static SchemaModel provesAgainstHibernate(String name, TestDatabase database, String... options) throws Exception {
    return provesAgainstHibernate(name, database, List.of(), options);
  }

  /**
   * As {@link #provesAgainstHibernate(String, TestDatabase, String...)}, except that on the Hibernate line
   * of a departure the model and catalog must differ exactly as it says; Hibernate still validates Retort's schema.
   */
  static SchemaModel provesAgainstHibernate(String name, TestDatabase database, List<Departure> departures, String... options)
      throws Exception {
    Departure departure = departures.stream().filter(d -> d.line().equals(HibernateOracle.line())).findFirst()
        .orElse(new Departure(HibernateOracle.line(), "none", "", ""));
    ProcessorHarness.Result result = ProcessorHarness.compile(TestModels.sources(name), options);
    if (result.compilation().status() != Compilation.Status.SUCCESS) {
      fail("the processor rejected model " + name + ": " + result.compilation().diagnostics());
    }
    List<String> warnings = new ArrayList<>();
    result.compilation().diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING && d.getMessage(null).startsWith("RTR-"))
        .forEach(d -> warnings.add(d.getMessage(null)));
    assertEquals(List.of(), warnings, "model " + name + " should read without Retort warnings");
    SchemaModel retort = result.model();
    assertNotNull(retort, "the processor read no model");
    boolean spring = List.of(options).contains("retort.naming=spring");
    try (HibernateOracle oracle = new HibernateOracle(name, spring)) {
      String difference = ModelDiff.between(oracle.model(), retort);
      assertEquals(departure.modelDifference(), difference, "the processor's model of " + name + " differs from Hibernate "
          + departure.line() + "'s (departure expected: " + departure.reason() + "):\n" + difference + "\n");
      TestDatabase ours = database.createSibling();
      create(ours, retort);
      oracle.validate(ours);
      TestDatabase theirs = database.createSibling();
      oracle.create(theirs);
      String catalogDifference = CatalogDiff.between(introspect(theirs, retort), introspect(ours, retort));
      assertEquals(departure.catalogDifference(), catalogDifference, "the catalog Retort created for " + name
          + " differs from the one Hibernate " + departure.line() + " created (departure expected: " + departure.reason() + "):\n"
          + catalogDifference + "\n");
    }
    return retort;
  }

  /** The catalog of {@code database}: its current schema and every schema {@code model} names. */
  static SchemaModel introspect(TestDatabase database, SchemaModel model) throws Exception {
    List<String> schemas = new ArrayList<>(List.of("public"));
    schemas.addAll(model.sortedSchemas());
    try (Connection connection = database.connect()) {
      Introspection introspection = PostgresIntrospector.introspect(connection, IntrospectionScope.of(schemas.toArray(String[]::new)));
      assertEquals(List.of(), introspection.warnings(), "introspecting " + database);
      return introspection.model();
    }
  }

  /** Creates {@code model} in {@code database}: schemas, enum types, sequences, tables, then every foreign key. */
  static void create(TestDatabase database, SchemaModel model) throws Exception {
    PostgresSqlRenderer renderer = new PostgresSqlRenderer();
    List<Operation> operations = new ArrayList<>();
    model.sortedSchemas().forEach(s -> operations.add(new Operation.CreateSchema(s)));
    model.enumTypes().forEach(e -> operations.add(new Operation.CreateEnumType(e)));
    model.sequences().forEach(s -> operations.add(new Operation.CreateSequence(s)));
    for (Table table : model.tables()) {
      operations.add(new Operation.CreateTable(table.withForeignKeys(List.of())));
    }
    for (Table table : model.tables()) {
      table.foreignKeys().forEach(fk -> operations.add(new Operation.AddForeignKey(table.name(), fk)));
    }
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      for (String sql : renderer.render(operations)) {
        statement.execute(sql);
      }
    }
  }
}
