package dev.retort.spring.boot.autoconfigure;

import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.Retort;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Migrates the application's database with Retort at startup, before the EntityManagerFactory
 * and JDBC templates start, when there is one DataSource (or a primary one) and the processor's
 * migrations index; the {@code retort.*} properties configure it, {@link RetortConfigurationCustomizer}
 * beans adjust the builder, a {@link RetortMigrationStrategy} bean replaces the migration, and
 * {@link MigrationListener} beans hear its progress. The DataSource auto-configuration's class moved
 * between Boot 3.5 and 4.0, so it is named in both places.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@ConditionalOnClass(Retort.class)
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnResource(resources = "classpath:META-INF/retort/migrations.idx")
@ConditionalOnProperty(prefix = "retort", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(RetortProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class RetortAutoConfiguration {

  /** The runtime, loaded with the migrations of the index: the revision graph is validated here. */
  @Bean
  @ConditionalOnMissingBean
  public Retort retort(RetortProperties properties, ObjectProvider<DataSource> dataSource, Environment environment,
      ResourceLoader resourceLoader, ObjectProvider<MigrationListener> listeners,
      ObjectProvider<RetortConfigurationCustomizer> customizers) {
    return new RetortBuilderConfigurer(properties, dataSource.getIfUnique(),
        environment.getProperty("spring.datasource.url"), resourceLoader.getClassLoader(),
        listeners.orderedStream().toList(), customizers.orderedStream().toList())
        .configure()
        .load();
  }

  /** Migrates (or validates, or runs the strategy bean) when it is initialised. */
  @Bean
  @ConditionalOnMissingBean
  public RetortMigrationInitializer retortMigrationInitializer(Retort retort, RetortProperties properties,
      ObjectProvider<RetortMigrationStrategy> strategy) {
    return new RetortMigrationInitializer(retort, properties, strategy.getIfAvailable());
  }
}
