package dev.retort.sample.fleet;

import dev.retort.message.RetortException;
import dev.retort.runtime.MigrationReport;
import dev.retort.runtime.Retort;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fleet service's boot, as a service does it: find the database, apply the pending
 * migrations with Retort, then start Hibernate, which validates that the schema is the one its
 * entities expect, and only then do the service's work.
 *
 * <p>Exit codes: 0 when it worked; Retort's own for its failures ({@code Category.exitCode()}: 3
 * for a connection, 4 for a failed migration, 5 for an integrity problem); 1 when Hibernate finds
 * the schema different from the entities; 3 too when the embedded PostgreSQL does not start.
 */
public final class FleetService {

  /** Exit code when Hibernate's validation rejects the schema; Retort's "differences" code too. */
  static final int SCHEMA_MISMATCH = 1;

  /** Exit code when no database could be had; Retort's "connection" code too. */
  static final int NO_DATABASE = 3;

  private final PrintStream out;

  FleetService(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    // Hibernate logs through JBoss Logging, which would pick java.util.logging on its own;
    // through SLF4J its output follows simplelogger.properties like everything else.
    System.setProperty("org.jboss.logging.provider", "slf4j");
    if (RootlessRelaunch.needed()) {
      System.exit(RootlessRelaunch.run(FleetService.class, args));
    }
    System.exit(new FleetService(System.out).boot());
  }

  /** Boots, works, and returns the process's exit code. */
  int boot() throws IOException {
    try (Database database = Database.fromEnvironment()) {
      out.println("Fleet service");
      out.println("  database: " + database.description());

      Retort retort = Retort.configure().connection(database.settings()).migrationsFromIndex().load();
      MigrationReport report = retort.upgrade();
      out.println("Migrations: " + report.summary());

      List<String> work;
      try (EntityManagerFactory entityManagers = FleetPersistence.open(database.dataSource())) {
        out.println("Hibernate validated the schema of " + FleetPersistence.ENTITIES.size()
            + " entities (hibernate.hbm2ddl.auto=validate).");
        work = new FleetWork(entityManagers).run();
      } catch (SchemaMismatchException e) {
        out.println("Boot failed: " + e.getMessage());
        printHistory(retort);
        return SCHEMA_MISMATCH;
      }
      out.println("Work done:");
      work.forEach(line -> out.println("  " + line));
      printHistory(retort);
      return 0;
    } catch (RetortException e) {
      out.println("Boot failed: " + e.getMessage());
      return e.category().exitCode();
    } catch (UncheckedIOException e) {
      // The embedded PostgreSQL did not start; its message says what to set instead.
      out.println("Boot failed: " + e.getMessage());
      return NO_DATABASE;
    }
  }

  private void printHistory(Retort retort) {
    out.println("Revision history (" + retort.history().size() + " rows in retort_history):");
    RevisionHistory.lines(retort.info()).forEach(line -> out.println("  " + line));
  }
}
