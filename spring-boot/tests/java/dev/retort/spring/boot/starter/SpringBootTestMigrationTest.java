package dev.retort.spring.boot.starter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.runtime.Retort;
import dev.retort.spring.boot.test.TestApplication;
import dev.retort.spring.boot.test.Vehicle;
import dev.retort.spring.boot.test.VehicleRepository;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A {@code @SpringBootTest} application gets its schema from Retort's migrations before Hibernate validates it. */
@PostgresTest
@SpringBootTest(classes = TestApplication.class, properties = {
    "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false"})
@DirtiesContext
class SpringBootTestMigrationTest {

  private static TestDatabase db;

  @BeforeAll
  static void database(TestDatabase database) {
    db = database;
  }

  @DynamicPropertySource
  static void datasource(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> db.jdbcUrl());
    registry.add("spring.datasource.username", () -> db.user());
    registry.add("spring.datasource.password", () -> db.password());
  }

  @Autowired
  VehicleRepository vehicles;

  @Autowired
  Retort retort;

  @Autowired
  ConfigurableApplicationContext context;

  @Test
  void theContextStartsOnTheMigratedSchemaAndTheRepositoryWorks() throws Exception {
    assertThat(Schema.history(db, "retort_history")).containsExactly(Schema.FIRST, Schema.SECOND);
    assertThat(retort.current()).containsExactly(Schema.SECOND);

    vehicles.save(new Vehicle("KA-RT 1", 4));
    assertThat(vehicles.findByPlateNumber("KA-RT 1")).get().extracting(Vehicle::getSeats).isEqualTo(4);
  }

  @Test
  void theEntityManagerFactoryAndTheJdbcTemplateWaitForTheMigration() {
    var factory = context.getBeanFactory();
    assertThat(Arrays.asList(factory.getBeanDefinition("entityManagerFactory").getDependsOn()))
        .contains("retortMigrationInitializer");
    assertThat(Arrays.asList(factory.getBeanDefinition("jdbcTemplate").getDependsOn()))
        .contains("retortMigrationInitializer");
  }
}
