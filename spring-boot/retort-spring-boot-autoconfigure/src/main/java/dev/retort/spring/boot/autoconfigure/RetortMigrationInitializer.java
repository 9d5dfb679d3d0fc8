package dev.retort.spring.boot.autoconfigure;

import dev.retort.runtime.FutureRevisionPolicy;
import dev.retort.message.RetortException;
import dev.retort.runtime.Retort;
import org.springframework.beans.factory.InitializingBean;

/**
 * The bean whose initialisation migrates the database: the strategy bean if there is one,
 * otherwise an upgrade to {@code retort.target} or, with {@code retort.validate-only}, a check that
 * the database is at head. Spring's database-initialisation ordering (see
 * {@link RetortDatabaseInitializerDetector}) creates it before the EntityManagerFactory, JDBC
 * templates and jOOQ's DSLContext, so they start on the migrated schema.
 */
public final class RetortMigrationInitializer implements InitializingBean {

  private final Retort retort;
  private final RetortProperties properties;
  private final RetortMigrationStrategy strategy;

  RetortMigrationInitializer(Retort retort, RetortProperties properties, RetortMigrationStrategy strategy) {
    this.retort = retort;
    this.properties = properties;
    this.strategy = strategy;
  }

  @Override
  public void afterPropertiesSet() {
    if (strategy != null) {
      strategy.migrate(retort);
    } else if (properties.isValidateOnly()) {
      requireAtHead();
    } else {
      retort.upgrade(properties.getTarget());
    }
  }

  private void requireAtHead() {
    DatabaseState state = DatabaseState.of(retort, properties.futureRevisionPolicy());
    if (!state.atHead()) {
      // Named by its property, not its URL, which may carry a password.
      String database = properties.getUrl() != null ? "retort.url" : "the application's DataSource";
      throw new RetortException(StarterMessage.SPRING_NOT_AT_HEAD, database, String.join(", ", state.outstanding()));
    }
  }
}
