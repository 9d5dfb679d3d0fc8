package dev.retort.spring.boot.autoconfigure;

import dev.retort.runtime.Retort;

/**
 * A bean that adjusts Retort's builder after the {@code retort.*} properties were applied and
 * before the runtime loads; several run in their {@code @Order}.
 */
@FunctionalInterface
public interface RetortConfigurationCustomizer {

  /** Adjusts the builder. */
  void customize(Retort.Builder builder);
}
