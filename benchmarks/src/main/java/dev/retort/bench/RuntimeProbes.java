package dev.retort.bench;

import dev.retort.bench.Probe.Measurement;
import dev.retort.runtime.MigrationReport;
import dev.retort.runtime.Retort;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The migration tools as an application calls them at boot, given a DataSource: Retort, Flyway and
 * Liquibase, plus the two floors (all statements on one connection in one transaction; one query
 * of the history table). Each probe both applies from empty and boots with nothing pending,
 * depending on the database it is pointed at.
 */
final class RuntimeProbes {

  private RuntimeProbes() {}

  /** The application's class loader with the tool's migrations on it, as they would be in its jar. */
  private static ClassLoader applicationLoader(Path migrations) throws Exception {
    ClassLoader loader = new URLClassLoader(new URL[] {migrations.toUri().toURL()}, Probe.class.getClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    return loader;
  }

  static Measurement retort(ProbeArgs probe) throws Exception {
    DataSource ds = probe.dataSource();
    ClassLoader loader = applicationLoader(probe.path("migrations"));
    long started = Probe.start();
    MigrationReport report = Retort.configure().dataSource(ds).migrationsFromIndex(loader).migrate();
    return Measurement.since(started, "applied=" + report.steps().size(), report);
  }

  static Measurement flyway(ProbeArgs probe) throws Exception {
    DataSource ds = probe.dataSource();
    ClassLoader loader = applicationLoader(probe.path("migrations"));
    long started = Probe.start();
    Flyway flyway = Flyway.configure(loader).dataSource(ds).locations("classpath:db/migration").load();
    MigrateResult result = flyway.migrate();
    return Measurement.since(started, "applied=" + result.migrationsExecuted, flyway);
  }

  @SuppressWarnings("deprecation") // The Liquibase facade is what Spring Boot's SpringLiquibase still calls.
  static Measurement liquibase(ProbeArgs probe) throws Exception {
    DataSource ds = probe.dataSource();
    ClassLoader loader = applicationLoader(probe.path("migrations"));
    long started = Probe.start();
    try (Connection connection = ds.getConnection()) {
      Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
      Liquibase liquibase = new Liquibase("db/changelog.sql", new ClassLoaderResourceAccessor(loader), database);
      liquibase.update(new Contexts(), new LabelExpression());
      Measurement measurement = Measurement.since(started, "ok", liquibase);
      return measurement;
    }
  }

  /**
   * The floor: every statement on one connection, in one transaction per {@link #FLOOR_BATCH}
   * statements. PostgreSQL's default lock table ({@code max_locks_per_transaction = 64}) cannot hold
   * the locks of creating 2,000 such tables in one transaction ("out of shared memory"); a commit
   * per 500 tables instead of one at the end costs nothing measurable.
   */
  static Measurement floor(ProbeArgs probe) throws Exception {
    DataSource ds = probe.dataSource();
    List<String> statements = Fixtures.readFloor(probe.path("sql"));
    long started = Probe.start();
    int transactions = 0;
    try (Connection connection = ds.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        for (int i = 0; i < statements.size(); i++) {
          statement.execute(statements.get(i));
          if ((i + 1) % FLOOR_BATCH == 0 || i + 1 == statements.size()) {
            connection.commit();
            transactions++;
          }
        }
      }
    }
    return Measurement.since(started, "statements=" + statements.size() + ",transactions=" + transactions, statements);
  }

  /** Statements per transaction of the floor: 500 tables with their indexes. */
  static final int FLOOR_BATCH = 1000;

  /** Records the database as at the head of the migrations without running them (set-up only, not timed for results). */
  static Measurement stamp(ProbeArgs probe) throws Exception {
    DataSource ds = probe.dataSource();
    ClassLoader loader = applicationLoader(probe.path("migrations"));
    long started = Probe.start();
    MigrationReport report = Retort.configure().dataSource(ds).migrationsFromIndex(loader).load().stamp("head");
    return Measurement.since(started, "stamped=" + report.steps().size(), report);
  }

  static Measurement readHistory(ProbeArgs probe) throws Exception {
    DataSource ds = probe.dataSource();
    long started = Probe.start();
    int rows = 0;
    try (Connection connection = ds.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT * FROM retort_history ORDER BY installed_rank")) {
      while (result.next()) {
        result.getString("revision");
        result.getString("checksum");
        rows++;
      }
    }
    return Measurement.since(started, "rows=" + rows, null);
  }
}
