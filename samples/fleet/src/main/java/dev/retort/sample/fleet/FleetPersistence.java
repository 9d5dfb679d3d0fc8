package dev.retort.sample.fleet;

import dev.retort.sample.fleet.domain.AppUser;
import dev.retort.sample.fleet.domain.Driver;
import dev.retort.sample.fleet.domain.FuelLog;
import dev.retort.sample.fleet.domain.MaintenanceRecord;
import dev.retort.sample.fleet.domain.MaintenanceSchedule;
import dev.retort.sample.fleet.domain.ServiceRecord;
import dev.retort.sample.fleet.domain.TireRotation;
import dev.retort.sample.fleet.domain.TireSpecification;
import dev.retort.sample.fleet.domain.Vehicle;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.spi.SchemaManagementException;

/**
 * Starts Hibernate on the migrated database with a programmatic configuration (no
 * persistence.xml, no classpath scanning) and {@code hibernate.hbm2ddl.auto=validate}: Hibernate
 * never changes the schema, it only refuses to start when the schema is not what the entities map.
 */
final class FleetPersistence {

  /** Every entity of the service. */
  static final List<Class<?>> ENTITIES = List.of(AppUser.class, Driver.class, FuelLog.class,
      MaintenanceRecord.class, MaintenanceSchedule.class, ServiceRecord.class, TireRotation.class,
      TireSpecification.class, Vehicle.class);

  private FleetPersistence() {}

  /**
   * An EntityManagerFactory over {@code dataSource}, after Hibernate validated the schema.
   *
   * @throws SchemaMismatchException naming what Hibernate found wrong
   */
  static EntityManagerFactory open(DataSource dataSource) {
    try {
      return new HibernatePersistenceConfiguration("fleet")
          .managedClasses(ENTITIES)
          .property(AvailableSettings.DATASOURCE, dataSource)
          .property(AvailableSettings.HBM2DDL_AUTO, "validate")
          .createEntityManagerFactory();
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof SchemaManagementException) {
          throw new SchemaMismatchException("Hibernate's schema validation rejected the database: "
              + cause.getMessage() + ". The database is not at the schema these entities map: a migration"
              + " is missing from the build, or the database was changed or stamped without running"
              + " one (a STAMPED revision in the history below).", e);
        }
      }
      throw e;
    }
  }
}
