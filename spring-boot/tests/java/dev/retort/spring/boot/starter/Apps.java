package dev.retort.spring.boot.starter;

import dev.retort.spring.boot.test.TestApplication;
import dev.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Starts the test application, with the Retort starter, on a test database: the way a service boots. */
final class Apps {

  private Apps() {}

  /** The application without a web server, Hibernate validating the schema, plus {@code properties} and {@code extraSources}. */
  static ConfigurableApplicationContext start(TestDatabase db, List<Class<?>> extraSources, String... properties) {
    return builder(db, extraSources, properties).web(WebApplicationType.NONE).run();
  }

  static ConfigurableApplicationContext start(TestDatabase db, String... properties) {
    return start(db, List.of(), properties);
  }

  /**
   * The application as {@link #start(TestDatabase, List, String...)} starts it, with {@code variables}
   * in its environment as the operating system's environment variables are.
   */
  static ConfigurableApplicationContext startWithVariables(TestDatabase db, Map<String, Object> variables,
      List<Class<?>> extraSources, String... properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-variables", variables));
    return builder(db, extraSources, properties).environment(environment).web(WebApplicationType.NONE).run();
  }

  /** The application with a real web server on a random port and the retort and health endpoints exposed. */
  static ConfigurableApplicationContext startWeb(TestDatabase db, List<Class<?>> extraSources, String... properties) {
    List<String> all = new ArrayList<>(List.of("server.port=0",
        "management.endpoints.web.exposure.include=health,retort",
        "management.endpoint.health.show-details=always"));
    all.addAll(List.of(properties));
    return builder(db, extraSources, all.toArray(String[]::new)).web(WebApplicationType.SERVLET).run();
  }

  private static SpringApplicationBuilder builder(TestDatabase db, List<Class<?>> extraSources, String... properties) {
    List<Class<?>> sources = new ArrayList<>(List.of(TestApplication.class));
    sources.addAll(extraSources);
    List<String> all = new ArrayList<>(List.of(datasource(db)));
    all.addAll(List.of(properties));
    return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
        .properties(all.toArray(String[]::new))
        // Each test closes its context itself; a JVM hook per start would only pile up.
        .registerShutdownHook(false);
  }

  /** The datasource of {@code db}, with Hibernate validating (never creating) the schema. */
  static String[] datasource(TestDatabase db) {
    return new String[] {
        "spring.datasource.url=" + db.jdbcUrl(),
        "spring.datasource.username=" + db.user(),
        "spring.datasource.password=" + db.password(),
        "spring.datasource.hikari.maximum-pool-size=3",
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.jpa.open-in-view=false",
        "spring.main.banner-mode=off"};
  }
}
