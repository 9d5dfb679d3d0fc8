package dev.retort.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Child {@code mvn} builds that tests run on small projects: the Maven running this build (else
 * {@code mvn} on the path), in batch mode, never looking for newer snapshots, on this build's local
 * repository. A build given {@code -Dmaven.repo.local} hands it on as the {@value #LOCAL_REPOSITORY}
 * property (the parent POM sets it from {@code settings.localRepository}), so the artifacts a test
 * installs for its child builds land where this build reads them, not in another build's repository.
 */
public final class ChildMaven {

  /** The system property that carries this build's local repository to the tests. */
  public static final String LOCAL_REPOSITORY = "retort.localRepository";

  private static final String INSTALL_PLUGIN_VERSION = "3.1.2";

  /** The artifacts installed so far by this test JVM, which several test classes share. */
  private static final Set<Artifact> INSTALLED = new HashSet<>();

  private ChildMaven() {}

  /** One artifact of this build for the child builds: its POM and its jar, or no jar for a POM-only parent. */
  public record Artifact(Path pom, Path jar) {

    /** A parent POM without a jar. */
    public static Artifact pomOnly(Path pom) {
      return new Artifact(pom, null);
    }
  }

  /** {@code mvn -B -nsu}, with this build's local repository when the build named one. */
  public static List<String> command() {
    List<String> command = new ArrayList<>(List.of(executable(), "-B", "-nsu"));
    String repository = System.getProperty(LOCAL_REPOSITORY);
    if (repository != null && !repository.isBlank()) {
      command.add("-Dmaven.repo.local=" + repository);
    }
    return command;
  }

  /** A process for {@code command} in {@code directory}, with {@link ShortLivedJvm#OPTIONS} added to MAVEN_OPTS. */
  public static ProcessBuilder process(List<String> command, Path directory) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    String options = builder.environment().getOrDefault("MAVEN_OPTS", "");
    builder.environment().put("MAVEN_OPTS", (options + " " + String.join(" ", ShortLivedJvm.OPTIONS)).strip());
    return builder;
  }

  /**
   * Installs {@code artifacts} into the child builds' local repository with one child build, once
   * per test JVM: the test classes of a module that share them install them once.
   */
  public static synchronized void install(List<Artifact> artifacts) throws IOException, InterruptedException {
    List<Artifact> missing = artifacts.stream().filter(artifact -> !INSTALLED.contains(artifact)).toList();
    if (missing.isEmpty()) {
      return;
    }
    Path directory = Files.createTempDirectory("retort-install");
    Files.writeString(directory.resolve("pom.xml"), installerPom(missing), StandardCharsets.UTF_8);
    List<String> command = command();
    command.addAll(List.of("-q", "validate"));
    Path log = directory.resolve("mvn.log");
    Process process = process(command, directory).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish in 5 minutes");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException("installing " + missing + " failed:\n" + Files.readString(log));
    }
    INSTALLED.addAll(missing);
  }

  /** A POM whose validate phase runs install-file once per artifact. */
  private static String installerPom(List<Artifact> artifacts) {
    StringBuilder executions = new StringBuilder();
    for (int i = 0; i < artifacts.size(); i++) {
      Artifact artifact = artifacts.get(i);
      executions.append("""
                    <execution>
                      <id>artifact-%d</id>
                      <phase>validate</phase>
                      <goals><goal>install-file</goal></goals>
                      <configuration>
                        <pomFile>%s</pomFile>
                        <file>%s</file>%s
                      </configuration>
                    </execution>
          """.formatted(i, xml(artifact.pom()), xml(artifact.jar() == null ? artifact.pom() : artifact.jar()),
          artifact.jar() == null ? "\n                        <packaging>pom</packaging>" : ""));
    }
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>dev.retort.test</groupId>
          <artifactId>install-this-build</artifactId>
          <version>1</version>
          <packaging>pom</packaging>
          <build>
            <plugins>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-install-plugin</artifactId>
                <version>%s</version>
                <executions>
        %s        </executions>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(INSTALL_PLUGIN_VERSION, executions);
  }

  private static String xml(Path path) {
    return path.toAbsolutePath().toString().replace("&", "&amp;").replace("<", "&lt;");
  }

  private static String executable() {
    String home = System.getProperty("maven.home");
    if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
      return Path.of(home, "bin", "mvn").toString();
    }
    return "mvn";
  }
}
