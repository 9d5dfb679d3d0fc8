package dev.retort.bench.boot;

import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionInfo;
import org.flywaydb.core.Flyway;
import org.springframework.context.ConfigurableApplicationContext;

/** The migration tool one start of the benchmark application runs, and how to see that it applied nothing. */
enum MigrationTool {
  RETORT_STARTER("retort-starter", "retortMigrationInitializer"),
  FLYWAY_AUTOCONFIG("flyway-autoconfig", "flywayInitializer"),
  NO_MIGRATION_TOOL("no-migration-tool", null);

  private final String name;
  private final String initializerBean;

  MigrationTool(String name, String initializerBean) {
    this.name = name;
    this.initializerBean = initializerBean;
  }

  static MigrationTool of(String name) {
    for (MigrationTool tool : values()) {
      if (tool.name.equals(name)) {
        return tool;
      }
    }
    throw new IllegalArgumentException("unknown tool " + name);
  }

  /** The bean whose creation runs the migration, or null. */
  String initializerBean() {
    return initializerBean;
  }

  /** {@code pending=<count>} after the start, read from the tool itself; {@code pending=-} without a tool. */
  String pendingAfterStart(ConfigurableApplicationContext context) {
    return switch (this) {
      case RETORT_STARTER -> "pending=" + context.getBean(Retort.class).info().stream()
          .filter(info -> info.state() == RevisionInfo.State.PENDING).count();
      case FLYWAY_AUTOCONFIG -> "pending=" + context.getBean(Flyway.class).info().pending().length;
      case NO_MIGRATION_TOOL -> "pending=-";
    };
  }
}
