package dev.retort.cli;

import picocli.CommandLine;

/** The version printed by {@code retort --version}: the jar's, or "development" when run from classes. */
final class Version implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = RetortCli.class.getPackage().getImplementationVersion();
    return new String[] {"retort " + (version == null ? "development" : version),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
  }
}
