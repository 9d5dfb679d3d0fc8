package dev.retort.maven;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.ChildMaven;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A user's Maven project that applies this build's Retort plugin, built by real {@code mvn} child
 * processes: a JPA entity in {@code com.acme.fleet}, its migrations in {@code com.acme.fleet.migrations}.
 */
record PluginProject(Path root) {

  static final String VERSION = "0.1.0-SNAPSHOT";
  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path ROOT = MODULE.getParent();

  /** What a build did: its exit code and its whole output. */
  record Build(int exitCode, String output) {

    /** Asserts the outcome and that the output contains each text, showing the output when not. */
    Build ends(int expected, String... texts) {
      assertTrue(exitCode == expected, () -> "mvn should exit " + expected + " but exited " + exitCode + ":\n" + output);
      for (String text : texts) {
        assertTrue(output.contains(text), () -> "the build output should contain <" + text + ">:\n" + output);
      }
      return this;
    }

    /** Asserts that the output never shows {@code secret}. */
    Build neverShows(String secret) {
      assertTrue(secret.isEmpty() || !output.contains(secret), () -> "the build output shows <" + secret + ">:\n" + output);
      return this;
    }
  }

  /**
   * Installs this build's parent, runtime, design-time engine, processor, CLI and plugin into the local repository the
   * child builds use; they never look for newer snapshots, so they use exactly these artifacts.
   */
  static void installThisBuildsArtifacts() throws Exception {
    ChildMaven.install(List.of(ChildMaven.Artifact.pomOnly(ROOT.resolve("pom.xml")),
        new ChildMaven.Artifact(ROOT.resolve("runtime/pom.xml"), ROOT.resolve("runtime/target/retort-runtime-" + VERSION + ".jar")),
        new ChildMaven.Artifact(ROOT.resolve("design/pom.xml"), ROOT.resolve("design/target/retort-design-" + VERSION + ".jar")),
        new ChildMaven.Artifact(ROOT.resolve("processor/pom.xml"),
            ROOT.resolve("processor/target/retort-processor-" + VERSION + ".jar")),
        new ChildMaven.Artifact(ROOT.resolve("autogenerate-cli/pom.xml"),
            ROOT.resolve("autogenerate-cli/target/retort-cli-" + VERSION + ".jar")),
        new ChildMaven.Artifact(MODULE.resolve("pom.xml"), Path.of(System.getProperty("retort.plugin.jar")))));
  }

  /**
   * Writes the project's POM: the runtime, the processor in {@code retort.mode} (a property, so
   * that a build can say -Dretort.mode=manual), {@code properties} more, and {@code plugin}, the
   * Retort plugin's block.
   */
  /**
   * A POM whose plugin configuration names the database at {@code url} but not its credentials,
   * which come from settings.xml server {@code serverId}, set as a property so that
   * {@code -Dretort.serverId} overrides it (explicit plugin configuration would win); {@code check}
   * is bound to {@code verify}.
   */
  void writeCheckedPom(String serverId, String url) throws IOException {
    writePom("<retort.serverId>" + serverId + "</retort.serverId>", """
              <plugin>
                <groupId>dev.retort</groupId>
                <artifactId>retort-maven-plugin</artifactId>
                <version>%s</version>
                <configuration>
                  <url>%s</url>
                </configuration>
                <executions>
                  <execution>
                    <goals>
                      <goal>check</goal>
                    </goals>
                  </execution>
                </executions>
              </plugin>
        """.formatted(VERSION, url));
  }

  void writePom(String properties, String plugin) throws IOException {
    write("pom.xml", """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.acme</groupId>
          <artifactId>fleet</artifactId>
          <version>1</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
            <retort.mode>generate</retort.mode>
            <retort.timestamp>2026-12-01T09:00</retort.timestamp>
        %3$s
          </properties>
          <dependencies>
            <dependency>
              <groupId>dev.retort</groupId>
              <artifactId>retort-runtime</artifactId>
              <version>%1$s</version>
            </dependency>
            <dependency>
              <groupId>jakarta.persistence</groupId>
              <artifactId>jakarta.persistence-api</artifactId>
              <version>3.2.0</version>
              <scope>provided</scope>
            </dependency>
          </dependencies>
          <build>
            <pluginManagement>
              <plugins>
                <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-clean-plugin</artifactId><version>3.4.0</version></plugin>
                <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId><version>3.6.1</version></plugin>
                <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
              </plugins>
            </pluginManagement>
            <plugins>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>3.16.0</version>
                <configuration>
                  <annotationProcessorPaths>
                    <path>
                      <groupId>dev.retort</groupId>
                      <artifactId>retort-processor</artifactId>
                      <version>%1$s</version>
                    </path>
                  </annotationProcessorPaths>
                  <compilerArgs>
                    <arg>-Aretort.package=com.acme.fleet.migrations</arg>
                    <arg>-Aretort.mode=${retort.mode}</arg>
                    <arg>-Aretort.timestamp=${retort.timestamp}</arg>
                  </compilerArgs>
                </configuration>
              </plugin>
        %2$s
            </plugins>
          </build>
        </project>
        """.formatted(VERSION, plugin, properties));
  }

  /** Writes the entity {@code com.acme.fleet.Driver} with its id, name and {@code extraFields}. */
  void writeDriver(String extraFields) throws IOException {
    write("src/main/java/com/acme/fleet/Driver.java", """
        package com.acme.fleet;

        import jakarta.persistence.Entity;
        import jakarta.persistence.Id;
        import jakarta.persistence.Table;

        @Entity
        @Table(name = "drivers")
        public class Driver {
          @Id
          private Long id;
          private String name;
        %s}
        """.formatted(extraFields));
  }

  /** Writes a settings.xml whose one {@code <server>} is {@code id} with that username and password. */
  Path writeSettings(String id, String username, String password) throws IOException {
    return write("settings.xml", """
        <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
          <servers>
            <server>
              <id>%s</id>
              <username>%s</username>
              <password>%s</password>
            </server>
          </servers>
        </settings>
        """.formatted(id, username, password));
  }

  Path write(String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /** The migration sources' file names, sorted. */
  List<String> migrations() throws IOException {
    Path directory = root.resolve("src/main/java/com/acme/fleet/migrations");
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java")).sorted().toList();
    }
  }

  /**
   * Runs {@code mvn} with {@code arguments} in the project, with the user's settings replaced by
   * {@code -s settings.xml} when the project has one, and no connection variables inherited.
   */
  Build mvn(String... arguments) throws Exception {
    List<String> command = ChildMaven.command();
    if (Files.exists(root.resolve("settings.xml"))) {
      // -s replaces the user settings; the child keeps this build's local repository, which ChildMaven names.
      command.addAll(List.of("-s", root.resolve("settings.xml").toString()));
    }
    command.addAll(List.of(arguments));
    return run(root, command);
  }

  /** Runs git in the project, as a developer working on branches does; asserts it exits as {@code expected}. */
  Build git(int expected, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Retort Test", "-c", "user.email=test@retort.dev",
        "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(arguments));
    Build result = run(root, command);
    assertTrue(result.exitCode() == expected, () -> String.join(" ", command) + " exited " + result.exitCode() + ":\n"
        + result.output());
    return result;
  }

  private static Build run(Path directory, List<String> command) throws Exception {
    Path log = Files.createTempFile("retort-mvn", ".log");
    ProcessBuilder builder = ChildMaven.process(command, directory).redirectErrorStream(true).redirectOutput(log.toFile());
    for (String variable : List.of("RETORT_URL", "RETORT_USER", "RETORT_PASSWORD", "DATABASE_URL", "POSTGRES_HOST",
        "POSTGRES_PORT", "POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB", "PGPASSWORD", "PGUSER")) {
      builder.environment().remove(variable);
    }
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish in 5 minutes");
    }
    String output = Files.readString(log);
    Files.delete(log);
    return new Build(process.exitValue(), output);
  }
}
