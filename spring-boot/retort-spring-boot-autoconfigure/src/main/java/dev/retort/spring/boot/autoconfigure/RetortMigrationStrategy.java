package dev.retort.spring.boot.autoconfigure;

import dev.retort.runtime.Retort;

/**
 * A bean that replaces what Retort does at startup (upgrade to {@code retort.target}, or validate
 * with {@code retort.validate-only}): it runs, on the loaded runtime, before JPA and JDBC
 * templates start, and whatever it throws stops the application.
 */
@FunctionalInterface
public interface RetortMigrationStrategy {

  /** Does the startup migration. */
  void migrate(Retort retort);
}
