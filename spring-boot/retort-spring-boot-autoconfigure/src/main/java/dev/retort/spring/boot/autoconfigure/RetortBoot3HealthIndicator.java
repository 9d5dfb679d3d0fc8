package dev.retort.spring.boot.autoconfigure;

import dev.retort.runtime.FutureRevisionPolicy;
import dev.retort.runtime.Retort;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** The {@code retort} health indicator on Spring Boot 3.5: up when the database is at the head of this build. */
public final class RetortBoot3HealthIndicator implements HealthIndicator {

  private final Retort retort;
  private final FutureRevisionPolicy futureRevisions;

  RetortBoot3HealthIndicator(Retort retort, FutureRevisionPolicy futureRevisions) {
    this.retort = retort;
    this.futureRevisions = futureRevisions;
  }

  @Override
  public Health health() {
    RetortHealth health = RetortHealth.of(retort, futureRevisions);
    return (health.up() ? Health.up() : Health.down()).withDetails(health.details()).build();
  }
}
