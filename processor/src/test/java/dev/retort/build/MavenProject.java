package dev.retort.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.runtime.MigrationReport;
import dev.retort.runtime.Retort;
import dev.retort.testing.ChildMaven;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A small Maven project that uses this build's processor, built by real {@code mvn} child processes:
 * entities in {@code com.acme.fleet}, migrations generated into {@code com.acme.fleet.migrations}.
 */
record MavenProject(Path project) {

  static final String VERSION = "0.1.0-SNAPSHOT";
  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path ROOT = MODULE.getParent();

  /** What a child process did: its exit code and its whole output, stderr included. */
  record ProcessResult(int exitCode, String output) {}

  /**
   * Installs this build's parent, runtime, design-time engine and processor into the local repository the child builds
   * use. The child builds may download what they lack (plugins a plain {@code verify} never needed)
   * but never look for newer snapshots, so they use exactly these artifacts.
   */
  static void installThisBuildsArtifacts() throws Exception {
    ChildMaven.install(List.of(ChildMaven.Artifact.pomOnly(ROOT.resolve("pom.xml")),
        new ChildMaven.Artifact(ROOT.resolve("runtime/pom.xml"), ROOT.resolve("runtime/target/retort-runtime-" + VERSION + ".jar")),
        new ChildMaven.Artifact(ROOT.resolve("design/pom.xml"), ROOT.resolve("design/target/retort-design-" + VERSION + ".jar")),
        new ChildMaven.Artifact(MODULE.resolve("pom.xml"), MODULE.resolve("target/retort-processor-" + VERSION + ".jar"))));
  }

  /** Applies every pending migration of the build output ({@code target/classes}) to {@code db}, as a service boot would. */
  MigrationReport applyFromBuildOutput(TestDatabase db) throws Exception {
    try (URLClassLoader loader = buildOutputLoader()) {
      return Retort.configure().dataSource(db.dataSource()).migrationsFromIndex(loader).load().upgrade();
    }
  }

  /** A class loader over {@code target/classes} whose parent is the test class path; the caller closes it. */
  URLClassLoader buildOutputLoader() throws IOException {
    return new URLClassLoader(new URL[] {classes().toUri().toURL()}, MavenProject.class.getClassLoader());
  }

  Path classes() {
    return project.resolve("target/classes");
  }

  Path migrations() {
    return project.resolve("src/main/java/com/acme/fleet/migrations");
  }

  /** Switches the project's processor to plain DDL ({@code -Aretort.onlinePlans=false}); after {@link #writeProject()}. */
  void usePlainDdl() throws IOException {
    Path pom = project.resolve("pom.xml");
    touch(pom, Files.readString(pom).replace("<retort.onlinePlans>true</retort.onlinePlans>",
        "<retort.onlinePlans>false</retort.onlinePlans>"));
  }

  /** The generated migration sources' file names, sorted. */
  List<String> migrationSources() throws IOException {
    if (!Files.isDirectory(migrations())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(migrations())) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java")).sorted().toList();
    }
  }

  /** Writes the project's {@code pom.xml}: the runtime as a dependency, the processor on the annotation processor path. */
  void writeProject() throws IOException {
    touch(project.resolve("pom.xml"), """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.acme</groupId>
          <artifactId>fleet</artifactId>
          <version>1</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
            <retort.mode>generate</retort.mode>
            <retort.onlinePlans>true</retort.onlinePlans>
          <retort.jdbcUrl></retort.jdbcUrl>
          <retort.jdbcUser></retort.jdbcUser>
          <retort.jdbcPassword></retort.jdbcPassword>
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
                    <arg>-Aretort.timestamp=${retort.timestamp}</arg>
                    <arg>-Aretort.mode=${retort.mode}</arg>
                    <arg>-Aretort.onlinePlans=${retort.onlinePlans}</arg>
                  <arg>-Aretort.jdbcUrl=${retort.jdbcUrl}</arg>
                  <arg>-Aretort.jdbcUser=${retort.jdbcUser}</arg>
                  <arg>-Aretort.jdbcPassword=${retort.jdbcPassword}</arg>
                  </compilerArgs>
                </configuration>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(VERSION));
  }

  /** Writes the entity source {@code com/acme/fleet/<simpleName>.java}. */
  void writeEntity(String simpleName, String source) throws IOException {
    touch(entity(simpleName), source);
  }

  Path entity(String simpleName) {
    return project.resolve("src/main/java/com/acme/fleet/" + simpleName + ".java");
  }

  static void touch(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  /** Runs {@code mvn goals} with {@code -Dretort.timestamp=timestamp}; fails the test when the build fails. */
  ProcessResult build(String timestamp, String... goals) throws Exception {
    ProcessResult result = tryBuild(timestamp, List.of(), goals);
    assertEquals(0, result.exitCode(), "mvn " + String.join(" ", goals) + " failed:\n" + result.output());
    return result;
  }

  /** Runs {@code mvn extra goals} with {@code -Dretort.timestamp=timestamp}, whatever its outcome. */
  ProcessResult tryBuild(String timestamp, List<String> extra, String... goals) throws Exception {
    List<String> command = ChildMaven.command();
    command.add("-Dretort.timestamp=" + timestamp);
    command.addAll(extra);
    command.addAll(List.of(goals));
    return run(project, command);
  }

  /** Runs {@code command} in {@code directory}, waiting at most five minutes. */
  static ProcessResult run(Path directory, List<String> command) throws Exception {
    Path log = Files.createTempFile("retort-mvn", ".log");
    Process process = ChildMaven.process(command, directory).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish in 5 minutes");
    }
    String output = Files.readString(log);
    Files.delete(log);
    return new ProcessResult(process.exitValue(), output);
  }
}
