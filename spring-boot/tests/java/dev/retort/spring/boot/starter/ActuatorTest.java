package dev.retort.spring.boot.starter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.spring.boot.autoconfigure.RetortMigrationStrategy;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code /actuator/retort} and the {@code retort} health component, answered by a real web server. */
@PostgresTest
class ActuatorTest {

  private final TestDatabase server;
  private TestDatabase db;

  ActuatorTest(TestDatabase server) {
    this.server = server;
  }

  @BeforeEach
  void freshDatabase() throws Exception {
    db = server.createSibling();
  }

  private record Answer(int status, Map<String, Object> body) {}

  private static Answer get(ConfigurableApplicationContext context, String path) throws Exception {
    String port = context.getEnvironment().getProperty("local.server.port");
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), JsonParserFactory.getJsonParser().parseMap(response.body()));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> retortHealth(Answer health) {
    return (Map<String, Object>) ((Map<String, Object>) health.body().get("components")).get("retort");
  }

  @Test
  void aMigratedDatabaseListsEveryRevisionAsAppliedAndIsHealthy() throws Exception {
    try (ConfigurableApplicationContext context = Apps.startWeb(db, List.of())) {
      Answer retort = get(context, "/actuator/retort");
      assertThat(retort.status()).isEqualTo(200);
      assertThat(retort.body()).containsEntry("atHead", true).containsEntry("heads", List.of(Schema.SECOND))
          .containsEntry("current", List.of(Schema.SECOND));
      assertThat((List<?>) retort.body().get("revisions")).extracting(r -> (Object) (((Map<?, ?>) r).get("revision")
          + " " + ((Map<?, ?>) r).get("state"))).containsExactly(Schema.FIRST + " APPLIED", Schema.SECOND + " APPLIED");
      // The short form beside each id is the one the CLI and the Maven plugin print: the creation minute here.
      assertThat((List<?>) retort.body().get("revisions")).extracting(r -> (Object) ((Map<?, ?>) r).get("shortId"))
          .containsExactly(Schema.FIRST.substring(0, 13), Schema.SECOND.substring(0, 13));

      Answer health = get(context, "/actuator/health");
      assertThat(health.status()).isEqualTo(200);
      assertThat(retortHealth(health)).containsEntry("status", "UP");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class NoMigration {

    @Bean
    RetortMigrationStrategy leaveItToTheDeployment() {
      return retort -> { };
    }
  }

  @Test
  void aDatabaseBehindTheBuildListsThePendingRevisionsAndIsDown() throws Exception {
    try (ConfigurableApplicationContext context = Apps.startWeb(db, List.of(NoMigration.class),
        "spring.jpa.hibernate.ddl-auto=none")) {
      Answer retort = get(context, "/actuator/retort");
      assertThat(retort.body()).containsEntry("atHead", false).containsEntry("current", List.of());
      assertThat((List<?>) retort.body().get("revisions")).extracting(r -> (Object) ((Map<?, ?>) r).get("state"))
          .containsExactly("PENDING", "PENDING");

      Answer health = get(context, "/actuator/health");
      assertThat(health.status()).isEqualTo(503);
      Map<String, Object> component = retortHealth(health);
      assertThat(component).containsEntry("status", "DOWN");
      assertThat(component.get("details").toString()).contains(Schema.FIRST + " (PENDING)");
    }
  }
}
