package dev.retort.sample.fleetboot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.migration.Revision;
import dev.retort.runtime.Retort;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built service ({@code target/fleet-boot.jar}) started as a separate process on a fresh
 * database named by {@code spring.datasource.*}, as it is deployed: Retort's starter migrates,
 * then Hibernate validates, and the actuator answers over HTTP.
 */
@PostgresTest
class FleetBootServiceIT {

  @TempDir
  Path workingDirectory;

  /** The revision ids the build holds, parents first, read from the index the processor wrote. */
  private static List<String> revisionsInTheBuild() {
    return Retort.configure().migrationsFromIndex().load().revisions().stream().map(Revision::id).toList();
  }

  private static String[] datasource(TestDatabase db) {
    return new String[] {"--spring.datasource.url=" + db.jdbcUrl(), "--spring.datasource.username=" + db.user(),
        "--spring.datasource.password=" + db.password()};
  }

  @Test
  void aFreshDatabaseIsMigratedBeforeHibernateValidatesAndTheActuatorListsEveryRevisionAsApplied(TestDatabase db)
      throws Exception {
    List<String> revisions = revisionsInTheBuild();
    assertThat(revisions).hasSize(2);
    String head = revisions.get(revisions.size() - 1);

    try (FleetBootProcess service = FleetBootProcess.start(workingDirectory, datasource(db))) {
      String output = service.output();
      int migrated = output.indexOf("Applied 2 revisions (" + String.join(", ", revisions) + ")");
      int validated = output.indexOf("Initialized JPA EntityManagerFactory");
      assertThat(migrated).as(output).isNotNegative();
      assertThat(validated).as("Hibernate (ddl-auto=validate) started after the migration:%n%s", output)
          .isGreaterThan(migrated);

      FleetBootProcess.Answer retort = service.get("/actuator/retort");
      assertThat(retort.status()).isEqualTo(200);
      Map<String, Object> history = retort.json();
      assertThat(history).containsEntry("atHead", true).containsEntry("heads", List.of(head))
          .containsEntry("current", List.of(head));
      assertThat((List<?>) history.get("revisions"))
          .extracting(r -> ((Map<?, ?>) r).get("revision") + " " + ((Map<?, ?>) r).get("state"))
          .containsExactly(revisions.get(0) + " APPLIED", head + " APPLIED");

      FleetBootProcess.Answer health = service.get("/actuator/health");
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.json().get("components").toString()).contains("retort={details={heads=[" + head + "]");

      FleetBootProcess.Answer vehicles = service.get("/vehicles");
      assertThat(vehicles.status()).isEqualTo(200);
      assertThat(vehicles.body()).contains("\"vin\":\"" + FleetWork.VIN + "\"", "\"kilometresDriven\":182");
    }
    List<String> recorded = db.query("SELECT revision FROM retort_history ORDER BY installed_rank", rs -> {
      List<String> ids = new ArrayList<>();
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
      return ids;
    });
    assertThat(recorded).isEqualTo(revisions);
  }
}
