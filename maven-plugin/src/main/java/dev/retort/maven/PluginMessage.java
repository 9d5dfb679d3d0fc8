package dev.retort.maven;

import dev.retort.message.Category;
import dev.retort.message.CatalogEntry;

/**
 * The catalog of the messages the Maven plugin's goals show (RTR-13xx). Each entry names the element or revision at
 * fault and says how to fix it; its code is stable.
 */
public enum PluginMessage implements CatalogEntry {
  // --- Maven plugin (RTR-13xx): the retort-maven-plugin's goals over the CLI ---
  MAVEN_SERVER_NOT_FOUND("RTR-1301", Category.USAGE, 2,
      "The plugin's serverId is %s, but the settings.xml this build reads has no <server> with that id. Add"
          + " <server><id>%s</id><username>...</username><password>...</password></server> to ~/.m2/settings.xml"
          + " (or the file given with -s), or correct serverId (-Dretort.serverId)."),
  MAVEN_SERVER_NOT_DECRYPTED("RTR-1302", Category.USAGE, 2,
      "Cannot decrypt the password of <server> %s in settings.xml: %s. Encrypt it again with mvn"
          + " --encrypt-password against the settings-security.xml this build reads, or give it in plain text."),
  MAVEN_OUTPUT_NOT_WRITTEN("RTR-1303", Category.USAGE, 3,
      "Cannot write the result of retort:%s to %s: %s. Point outputFile (-Dretort.outputFile) at a file in a"
          + " writable directory."),

  ;

  private final Definition definition;

  PluginMessage(String code, Category category, int arity, String template) {
    this.definition = new Definition(code, category, arity, template);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
