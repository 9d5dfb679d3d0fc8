package dev.retort.spring.boot.starter;

import static org.assertj.core.api.Assertions.assertThat;
import dev.retort.spring.boot.autoconfigure.StarterMessage;

import dev.retort.message.RetortException;
import dev.retort.runtime.Retort;
import dev.retort.spring.boot.autoconfigure.RetortAutoConfiguration;
import dev.retort.spring.boot.autoconfigure.RetortEndpoint;
import dev.retort.spring.boot.autoconfigure.RetortEndpointAutoConfiguration;
import dev.retort.spring.boot.autoconfigure.RetortHealthAutoConfiguration;
import dev.retort.spring.boot.autoconfigure.RetortMigrationInitializer;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

/** When the auto-configuration steps in: a DataSource and the processor's migrations index, unless disabled. */
@PostgresTest
class ActivationTest {

  private final TestDatabase server;
  private TestDatabase db;

  ActivationTest(TestDatabase server) {
    this.server = server;
  }

  @BeforeEach
  void freshDatabase() throws Exception {
    db = server.createSibling();
  }

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(RetortAutoConfiguration.class));
  }

  @Test
  void withADataSourceAndTheIndexItMigratesThatDataSource() throws Exception {
    runner().withBean(DataSource.class, db::dataSource).run(context -> {
      assertThat(context).hasSingleBean(Retort.class).hasSingleBean(RetortMigrationInitializer.class);
      assertThat(Schema.history(db, "retort_history")).containsExactly(Schema.FIRST, Schema.SECOND);
    });
  }

  @Test
  void withoutTheMigrationsIndexItStaysOut() throws Exception {
    runner().withBean(DataSource.class, db::dataSource)
        .withClassLoader(new FilteredClassLoader(new ClassPathResource("META-INF/retort/migrations.idx")))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Retort.class));
    assertThat(Schema.tables(db, "public")).isEmpty();
  }

  @Test
  void withoutADataSourceItStaysOut() {
    runner().run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Retort.class));
  }

  @Test
  void aMigrationUserWithoutAnyUrlToConnectToStopsStartupSayingWhatToSet() {
    runner().withBean(DataSource.class, db::dataSource).withPropertyValues("retort.user=ddl_owner").run(context -> {
      assertThat(context).hasFailed();
      Throwable cause = context.getStartupFailure();
      while (!(cause instanceof RetortException) && cause.getCause() != null) {
        cause = cause.getCause();
      }
      assertThat(cause).isInstanceOf(RetortException.class);
      assertThat(((RetortException) cause).catalogEntry()).isEqualTo(StarterMessage.SPRING_MIGRATION_URL_MISSING);
    });
  }

  private ApplicationContextRunner withActuatorConfigurations() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RetortAutoConfiguration.class, RetortEndpointAutoConfiguration.class,
            RetortHealthAutoConfiguration.class))
        .withBean(DataSource.class, db::dataSource)
        .withPropertyValues("management.endpoints.web.exposure.include=retort");
  }

  @Test
  void withTheActuatorTheEndpointAndTheHealthIndicatorAreThere() {
    withActuatorConfigurations().run(context -> assertThat(context).hasNotFailed()
        .hasSingleBean(RetortEndpoint.class).hasBean("retortHealthIndicator"));
  }

  @Test
  void withoutTheActuatorOnTheClassPathTheEndpointAndTheHealthIndicatorStayOutAndMigrationStillRuns() {
    withActuatorConfigurations()
        .withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate", "org.springframework.boot.health"))
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Retort.class)
            .doesNotHaveBean(RetortEndpoint.class).doesNotHaveBean("retortHealthIndicator"));
  }
}
