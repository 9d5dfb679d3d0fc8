package dev.retort.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The start of a command line for a child {@code mvn} that tests run on a small project: the Maven
 * running this build (else {@code mvn} on the path), in batch mode, never looking for newer snapshots,
 * and on this build's local repository. A build given {@code -Dmaven.repo.local} hands it on as the
 * {@value #LOCAL_REPOSITORY} property (the POM sets it from {@code settings.localRepository}), so the
 * artifacts a test installs for its child builds land where this build reads them, not in another
 * build's repository.
 */
public final class ChildMaven {

  /** The system property that carries this build's local repository to the tests. */
  public static final String LOCAL_REPOSITORY = "retort.localRepository";

  private ChildMaven() {}

  /** {@code mvn -B -nsu}, with this build's local repository when the build named one. */
  public static List<String> command() {
    List<String> command = new ArrayList<>(List.of(executable(), "-B", "-nsu"));
    String repository = System.getProperty(LOCAL_REPOSITORY);
    if (repository != null && !repository.isBlank()) {
      command.add("-Dmaven.repo.local=" + repository);
    }
    return command;
  }

  private static String executable() {
    String home = System.getProperty("maven.home");
    if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
      return Path.of(home, "bin", "mvn").toString();
    }
    return "mvn";
  }
}
