package dev.retort.sample.fleetboot;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A throwaway PostgreSQL 15 (zonky's embedded binaries) and a pooled DataSource on it, for a run
 * with no {@code spring.datasource.url}; its data is gone when the application stops. Spring's
 * DataSource auto-configuration backs off for this DataSource, and Retort's starter migrates it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

  // zonky's default of 10 s counts only the postmaster's start, but a first run also unpacks
  // the binaries; a slow machine needs longer, a fast one loses nothing.
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  /** The server, stopped (and its data directory deleted) after the DataSource that depends on it is closed. */
  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() {
    try {
      return EmbeddedPostgres.builder().setPGStartupWait(STARTUP_WAIT).start();
    } catch (IOException e) {
      throw new UncheckedIOException("The embedded PostgreSQL did not start (" + e.getMessage() + "). Set"
          + " spring.datasource.url (or SPRING_DATASOURCE_URL) to a running PostgreSQL instead.", e);
    }
  }

  @Bean
  HikariDataSource dataSource(EmbeddedPostgres embeddedPostgres) {
    return DataSourceBuilder.create().type(HikariDataSource.class)
        .url(embeddedPostgres.getJdbcUrl("postgres", "postgres"))
        .username("postgres")
        .build();
  }
}
