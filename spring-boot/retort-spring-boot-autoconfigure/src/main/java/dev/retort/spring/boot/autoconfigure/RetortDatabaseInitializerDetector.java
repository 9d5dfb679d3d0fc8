package dev.retort.spring.boot.autoconfigure;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link RetortMigrationInitializer} initialises the database, so that the
 * beans Boot knows to depend on database initialisation (the JPA EntityManagerFactory, JdbcTemplate,
 * NamedParameterJdbcTemplate, jOOQ's DSLContext, and beans marked {@code @DependsOnDatabaseInitialization})
 * are created after it: the mechanism Flyway's auto-configuration uses on Boot 3.5 and 4.0.
 */
public final class RetortDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(RetortMigrationInitializer.class);
  }
}
