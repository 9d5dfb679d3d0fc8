package dev.retort.sample.fleetboot;

import dev.retort.runtime.Retort;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Once the service is up, says where the database stands and where to look. */
@Component
class StartupBanner {

  private final Retort retort;
  private final Environment environment;

  StartupBanner(Retort retort, Environment environment) {
    this.retort = retort;
    this.environment = environment;
  }

  @EventListener(ApplicationReadyEvent.class)
  void announce() {
    String base = "http://localhost:" + environment.getProperty("local.server.port");
    System.out.println("Fleet service is up: the database is at " + String.join(", ", retort.current())
        + " (" + retort.history().size() + " revisions in retort_history).");
    System.out.println("  Retort's history: " + base + "/actuator/retort");
    System.out.println("  health:           " + base + "/actuator/health");
    System.out.println("  vehicles:         " + base + "/vehicles");
  }
}
