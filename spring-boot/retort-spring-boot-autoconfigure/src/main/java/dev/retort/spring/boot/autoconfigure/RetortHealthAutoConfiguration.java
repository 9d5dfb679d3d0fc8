package dev.retort.spring.boot.autoconfigure;

import dev.retort.runtime.FutureRevisionPolicy;
import dev.retort.runtime.Retort;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code retort} health indicator: up when the database is at the head of this build. The
 * health API moved in Boot 4 (to {@code org.springframework.boot.health.contributor}), so each line
 * has its own nested configuration, chosen by which API is on the class path; both report
 * {@link RetortHealth}.
 */
@AutoConfiguration(after = RetortAutoConfiguration.class)
@ConditionalOnBean(Retort.class)
public class RetortHealthAutoConfiguration {

  /** Spring Boot 4. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  static class Boot4 {

    @Configuration(proxyBeanMethods = false)
    @org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator("retort")
    static class Enabled {

      @Bean
      @ConditionalOnMissingBean(name = "retortHealthIndicator")
      RetortHealthIndicator retortHealthIndicator(Retort retort, RetortProperties properties) {
        return new RetortHealthIndicator(retort, properties.futureRevisionPolicy());
      }
    }
  }

  /** Spring Boot 3.5. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
  static class Boot3 {

    @Configuration(proxyBeanMethods = false)
    @org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator("retort")
    static class Enabled {

      @Bean
      @ConditionalOnMissingBean(name = "retortHealthIndicator")
      RetortBoot3HealthIndicator retortHealthIndicator(Retort retort, RetortProperties properties) {
        return new RetortBoot3HealthIndicator(retort, properties.futureRevisionPolicy());
      }
    }
  }
}
