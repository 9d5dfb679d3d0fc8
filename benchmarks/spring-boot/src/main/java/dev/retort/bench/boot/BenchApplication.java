package dev.retort.bench.boot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

/**
 * The benchmark's Spring Boot application: auto-configuration only (DataSource, Retort's starter or
 * Flyway's auto-configuration, JPA with Hibernate validating), and the N generated entities named
 * one by one, so that no run pays for class-path scanning that another run does not.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BenchApplication {

  /** The property that says how many generated entities ({@code bench.model.Entity0001}...) there are. */
  static final String ENTITY_COUNT = "bench.entities";

  @Bean
  PersistenceManagedTypes persistenceManagedTypes(Environment environment) {
    int n = Integer.parseInt(environment.getRequiredProperty(ENTITY_COUNT));
    List<String> entities = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      entities.add(String.format(Locale.ROOT, "bench.model.Entity%04d", i));
    }
    return PersistenceManagedTypes.of(entities, List.of());
  }
}
