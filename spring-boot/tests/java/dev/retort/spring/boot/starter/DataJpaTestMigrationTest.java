package dev.retort.spring.boot.starter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.spring.boot.test.Depot;
import dev.retort.spring.boot.test.TestApplication;
import dev.retort.spring.boot.test.Vehicle;
import dev.retort.spring.boot.test.VehicleRepository;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A {@code @DataJpaTest} slice ({@link DataJpaSlice}, each line's own annotation) on a real
 * PostgreSQL, not a replaced embedded database, gets its schema from Retort's migrations: the
 * starter adds itself to the JPA slice.
 */
@PostgresTest
@DataJpaSlice
@ContextConfiguration(classes = TestApplication.class)
@DirtiesContext
class DataJpaTestMigrationTest {

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
  EntityManager entityManager;

  @Test
  void theSliceRunsOnTheMigratedSchema() throws Exception {
    assertThat(Schema.history(db, "retort_history")).containsExactly(Schema.FIRST, Schema.SECOND);

    vehicles.save(new Vehicle("DJ-PA 7", 9));
    entityManager.persist(new Depot("Karlsruhe"));
    entityManager.flush();
    assertThat(vehicles.findByPlateNumber("DJ-PA 7")).isPresent();
  }
}
