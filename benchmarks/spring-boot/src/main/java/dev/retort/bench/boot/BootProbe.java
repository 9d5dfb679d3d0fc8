package dev.retort.bench.boot;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * One start of the benchmark's Spring Boot application, in a child JVM: {@code BootProbe
 * tool=retort-starter|flyway-autoconfig|no-migration-tool n=N url=... user=... password=...}. It
 * times {@code SpringApplication.run} (the whole context: DataSource, the migration tool, Hibernate
 * validating N entities) and, from Boot's startup steps, the migration tool's own beans, checks that
 * nothing was pending, and prints the harness's {@code BENCH-RESULT} line.
 */
public final class BootProbe {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private BootProbe() {}

  public static void main(String[] args) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      values.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    String tool = values.get("tool");
    int n = Integer.parseInt(values.get("n"));

    SpringApplication application = new SpringApplication(BenchApplication.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.setRegisterShutdownHook(false);
    BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
    application.setApplicationStartup(startup);
    application.setDefaultProperties(properties(tool, n, values));

    long cpuStarted = THREADS.getCurrentThreadCpuTime();
    long started = System.nanoTime();
    ConfigurableApplicationContext context = application.run();
    double millis = (System.nanoTime() - started) / 1e6;
    double cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1e6;

    double migrationMillis = migrationMillis(startup, MigrationTool.of(tool));
    String detail = String.format(Locale.ROOT, "migrationMs=%.1f;%s", migrationMillis,
        MigrationTool.of(tool).pendingAfterStart(context));
    context.close();
    System.out.println(String.format(Locale.ROOT, "BENCH-RESULT millis=%.3f heapMib=-1 cpuMillis=%.3f detail=%s",
        millis, cpuMillis, detail));
    System.out.flush();
    System.exit(0);
  }

  private static Map<String, Object> properties(String tool, int n, Map<String, String> values) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", values.get("url"));
    properties.put("spring.datasource.username", values.get("user"));
    properties.put("spring.datasource.password", values.get("password"));
    properties.put("spring.jpa.hibernate.ddl-auto", "validate");
    properties.put("spring.jpa.open-in-view", "false");
    properties.put("spring.main.banner-mode", "off");
    properties.put("logging.level.root", "warn");
    properties.put("spring.data.jpa.repositories.enabled", "false");
    properties.put("retort.enabled", Boolean.toString(MigrationTool.of(tool) == MigrationTool.RETORT_STARTER));
    properties.put("spring.flyway.enabled", Boolean.toString(MigrationTool.of(tool) == MigrationTool.FLYWAY_AUTOCONFIG));
    properties.put(BenchApplication.ENTITY_COUNT, Integer.toString(n));
    return properties;
  }

  /**
   * The time of the migration tool's initializer bean, with the beans it depends on that Boot
   * created for it (Retort's {@code retort}, Flyway's {@code flyway}): its own part of the start.
   */
  private static double migrationMillis(BufferingApplicationStartup startup, MigrationTool tool) {
    if (tool.initializerBean() == null) {
      return 0;
    }
    List<Double> found = new ArrayList<>();
    startup.getBufferedTimeline().getEvents().forEach(event -> {
      StartupStep step = event.getStartupStep();
      if (step.getName().equals("spring.beans.instantiate")) {
        for (StartupStep.Tag tag : step.getTags()) {
          if (tag.getKey().equals("beanName") && tag.getValue().equals(tool.initializerBean())) {
            found.add(event.getDuration().toNanos() / 1e6);
          }
        }
      }
    });
    if (found.size() != 1) {
      throw new IllegalStateException("expected one startup step of bean " + tool.initializerBean() + ", found " + found);
    }
    return found.get(0);
  }
}
