package dev.retort.sample.fleetboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The fleet service on Spring Boot: Retort's starter migrates the DataSource at startup, before
 * Hibernate validates the schema ({@code spring.jpa.hibernate.ddl-auto=validate}), and the actuator
 * shows the history at {@code /actuator/retort}. With no {@code spring.datasource.url} it runs on
 * an embedded PostgreSQL ({@link EmbeddedDatabaseConfiguration}).
 */
@SpringBootApplication
public class FleetBootApplication {

  public static void main(String[] args) throws Exception {
    if (RootlessRelaunch.needed(args)) {
      System.exit(RootlessRelaunch.run());
    }
    SpringApplication.run(FleetBootApplication.class, args);
  }
}
