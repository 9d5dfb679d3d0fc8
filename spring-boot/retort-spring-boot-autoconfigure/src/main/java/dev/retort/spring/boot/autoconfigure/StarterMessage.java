package dev.retort.spring.boot.autoconfigure;

import dev.retort.message.Category;
import dev.retort.message.CatalogEntry;

/**
 * The catalog of the messages the Spring Boot auto-configuration shows (RTR-12xx). Each entry names the element or revision at
 * fault and says how to fix it; its code is stable.
 */
public enum StarterMessage implements CatalogEntry {
  // --- Spring Boot starter (RTR-12xx): the auto-configuration ---
  SPRING_NOT_AT_HEAD("RTR-1201", Category.INTEGRITY, 2,
      "retort.validate-only is set, and the database at %s is not at the head of this build: %s. Apply the"
          + " revisions first (start once without retort.validate-only, or run retort upgrade), or fix the states"
          + " named, then start again."),
  SPRING_MIGRATION_URL_MISSING("RTR-1202", Category.USAGE, 0,
      "retort.user or retort.password is set, so Retort migrates through its own connection, but neither"
          + " retort.url nor spring.datasource.url says where the database is. Set retort.url to the JDBC URL of"
          + " the database to migrate."),
  SPRING_STARTUP_STOPPED("RTR-1203", Category.USAGE, 1,
      "Retort stopped the application before it started (failure category: %s), so nothing ran against a"
          + " schema that does not match the entities. Do what the message above says, then start again; the"
          + " retort.* properties configure the migration."),
  SPRING_PROPERTY_OUT_OF_RANGE("RTR-1204", Category.USAGE, 5,
      "The property %s is %s, but it must be %s. Set it to such a value (in application.properties, or as the"
          + " environment variable %s), or remove it for the default: %s."),

  ;

  private final Definition definition;

  StarterMessage(String code, Category category, int arity, String template) {
    this.definition = new Definition(code, category, arity, template);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
