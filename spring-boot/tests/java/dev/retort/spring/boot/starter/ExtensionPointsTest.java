package dev.retort.spring.boot.starter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.MigrationReport;
import dev.retort.spring.boot.autoconfigure.RetortConfigurationCustomizer;
import dev.retort.spring.boot.autoconfigure.RetortMigrationStrategy;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The beans an application declares to adjust, replace or watch Retort's startup migration. */
@PostgresTest
class ExtensionPointsTest {

  private final TestDatabase server;
  private TestDatabase db;

  ExtensionPointsTest(TestDatabase server) {
    this.server = server;
  }

  @BeforeEach
  void freshDatabase() throws Exception {
    db = server.createSibling();
  }

  @Configuration(proxyBeanMethods = false)
  static class Customizers {

    @Bean
    @Order(2)
    RetortConfigurationCustomizer last() {
      return builder -> builder.historyTable("customized_history");
    }

    @Bean
    @Order(1)
    RetortConfigurationCustomizer first() {
      return builder -> builder.historyTable("overridden_by_the_second_customizer");
    }
  }

  @Test
  void customizersRunInOrderAfterThePropertiesSoTheLastOneDecides() throws Exception {
    try (ConfigurableApplicationContext context = Apps.start(db, List.of(Customizers.class),
        "retort.history-table=from_properties")) {
      assertThat(Schema.history(db, "customized_history")).containsExactly(Schema.FIRST, Schema.SECOND);
    }
    assertThat(Schema.tables(db, "public")).doesNotContain("from_properties", "overridden_by_the_second_customizer");
  }

  @Configuration(proxyBeanMethods = false)
  static class OneStepAtATime {

    @Bean
    RetortMigrationStrategy oneStep() {
      return retort -> retort.upgrade("+1");
    }
  }

  @Test
  void aStrategyBeanReplacesTheUpgradeToTheTarget() throws Exception {
    try (ConfigurableApplicationContext context = Apps.start(db, List.of(OneStepAtATime.class),
        "spring.jpa.hibernate.ddl-auto=none")) {
      assertThat(Schema.history(db, "retort_history")).containsExactly(Schema.FIRST);
    }
  }

  /** Records what the listener beans hear, in the order they hear it. */
  static final List<String> HEARD = new CopyOnWriteArrayList<>();

  @Configuration(proxyBeanMethods = false)
  static class Listeners {

    @Bean
    @Order(1)
    MigrationListener progress() {
      return new MigrationListener() {
        @Override
        public void starting(String revision, String message, int index, int total) {
          HEARD.add("progress starting " + revision + " " + index + "/" + total);
        }

        @Override
        public void finished(MigrationReport.Step step, int index, int total) {
          HEARD.add("progress finished " + step.revision());
        }
      };
    }

    @Bean
    @Order(2)
    MigrationListener audit() {
      return new MigrationListener() {
        @Override
        public void finished(MigrationReport.Step step, int index, int total) {
          HEARD.add("audit finished " + step.revision());
        }
      };
    }
  }

  @Test
  void everyListenerBeanHearsEachRevisionInOrder() throws Exception {
    HEARD.clear();
    Apps.start(db, List.of(Listeners.class)).close();
    assertThat(HEARD).containsExactly(
        "progress starting " + Schema.FIRST + " 1/2",
        "progress finished " + Schema.FIRST,
        "audit finished " + Schema.FIRST,
        "progress starting " + Schema.SECOND + " 2/2",
        "progress finished " + Schema.SECOND,
        "audit finished " + Schema.SECOND);
  }
}
