package dev.retort.spring.boot.starter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.ChildMaven;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The README's starter snippets ("With Spring Boot (3.5 or 4.0): the starter": the properties, the
 * dependency, the compiler plugin, application.properties) pasted into a new Boot 4 project: its
 * first compile writes the first migration, and the application it builds starts on an empty
 * database, migrated by the starter before Hibernate validates.
 */
@PostgresTest
class ReadmeStarterAdoptionTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
  private static final String VERSION = "0.1.0-SNAPSHOT";
  private static final Pattern BLOCK = Pattern.compile("```(xml|properties)\\n(.*?)```", Pattern.DOTALL);

  @TempDir
  Path project;

  @Test
  void theStarterSnippetsMakeANewBootProjectWhoseFirstCompileWritesTheMigrationTheStarterAppliesAtStartup(
      TestDatabase db) throws Exception {
    installThisBuildsArtifacts();
    Snippets snippets = Snippets.of(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
    Files.writeString(project.resolve("pom.xml"), snippets.pom());
    Path sources = Files.createDirectories(project.resolve("src/main/java/com/acme/fleet"));
    Files.writeString(sources.resolve("FleetApplication.java"), """
        package com.acme.fleet;

        import org.springframework.boot.autoconfigure.SpringBootApplication;

        @SpringBootApplication
        public class FleetApplication {}
        """);
    Files.writeString(sources.resolve("Vehicle.java"), """
        package com.acme.fleet;

        import jakarta.persistence.Entity;
        import jakarta.persistence.GeneratedValue;
        import jakarta.persistence.GenerationType;
        import jakarta.persistence.Id;

        @Entity
        public class Vehicle {
          @Id
          @GeneratedValue(strategy = GenerationType.IDENTITY)
          private Long id;
          private String plateNumber;
        }
        """);

    String compile = mvn(project, "compile");
    List<String> generated;
    try (Stream<Path> files = Files.list(sources.resolve("migrations"))) {
      generated = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(generated).as(compile).hasSize(2).contains("retort.snapshot");
    assertThat(generated.get(0)).endsWith("__create_vehicle.java");

    Map<String, Object> properties = new LinkedHashMap<>(snippets.applicationProperties());
    properties.put("spring.datasource.url", db.jdbcUrl());
    properties.put("spring.datasource.username", db.user());
    properties.put("spring.datasource.password", db.password());
    properties.put("spring.main.banner-mode", "off");
    try (URLClassLoader built = new OnlyItsOwnIndex(project.resolve("target/classes"))) {
      SpringApplication application = new SpringApplication(built.loadClass("com.acme.fleet.FleetApplication"));
      application.setResourceLoader(new DefaultResourceLoader(built));
      application.setWebApplicationType(WebApplicationType.NONE);
      application.setRegisterShutdownHook(false);
      application.setDefaultProperties(properties);
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(built);
      try (ConfigurableApplicationContext context = application.run()) {
        assertThat(context.getEnvironment().getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
      } finally {
        thread.setContextClassLoader(previous);
      }
    }
    assertThat(Schema.tables(db, "public")).contains("vehicle", "retort_history");
    assertThat(Schema.strings(db, "SELECT column_name FROM information_schema.columns WHERE table_name = 'vehicle'"
        + " ORDER BY column_name")).containsExactly("id", "plate_number");
    assertThat(Schema.history(db, "retort_history")).hasSize(1).allMatch(id -> id.endsWith("_create_vehicle"));
  }

  /**
   * The built project's classes over the test class path, which holds the test entities' index too:
   * the new project sees only its own, as its application would.
   */
  private static final class OnlyItsOwnIndex extends URLClassLoader {

    OnlyItsOwnIndex(Path classes) throws IOException {
      super(new URL[] {classes.toUri().toURL()}, ReadmeStarterAdoptionTest.class.getClassLoader());
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return name.equals("META-INF/retort/migrations.idx") ? findResources(name) : super.getResources(name);
    }

    @Override
    public URL getResource(String name) {
      return name.equals("META-INF/retort/migrations.idx") ? findResource(name) : super.getResource(name);
    }
  }

  /** The README's starter blocks. */
  private record Snippets(String properties, String dependency, String plugin, String propertiesFile) {

    static Snippets of(String readme) {
      int start = readme.indexOf("### With Spring Boot");
      int end = readme.indexOf("### Without Spring", start);
      assertThat(start).as("README.md has no starter section").isNotNegative();
      assertThat(end).isGreaterThan(start);
      List<String> xml = new ArrayList<>();
      List<String> props = new ArrayList<>();
      Matcher matcher = BLOCK.matcher(readme.substring(start, end));
      while (matcher.find()) {
        String block = matcher.group(2).stripIndent();
        (matcher.group(1).equals("xml") ? xml : props).add(block);
      }
      assertThat(props).hasSize(1);
      return new Snippets(only(xml, "<properties>"), only(xml, "<artifactId>retort-spring-boot-starter</artifactId>"),
          only(xml, "<artifactId>maven-compiler-plugin</artifactId>"), props.get(0));
    }

    private static String only(List<String> blocks, String marker) {
      List<String> matching = blocks.stream().filter(b -> b.contains(marker)).toList();
      assertThat(matching).as("README starter blocks containing %s", marker).hasSize(1);
      return matching.get(0);
    }

    Map<String, Object> applicationProperties() {
      Map<String, Object> values = new LinkedHashMap<>();
      propertiesFile.lines().filter(line -> line.contains("=")).forEach(line ->
          values.put(line.substring(0, line.indexOf('=')).strip(), line.substring(line.indexOf('=') + 1).strip()));
      return values;
    }

    /** A new Boot project's POM around the snippets: Boot's parent, its JPA starter and the driver; nothing of Retort's beyond the snippets. */
    String pom() {
      return """
          <project xmlns="http://maven.apache.org/POM/4.0.0">
            <modelVersion>4.0.0</modelVersion>
            <parent>
              <groupId>org.springframework.boot</groupId>
              <artifactId>spring-boot-starter-parent</artifactId>
              <version>4.0.7</version>
              <relativePath/>
            </parent>
            <groupId>com.acme</groupId>
            <artifactId>fleet</artifactId>
            <version>1</version>
          %s
            <dependencies>
          %s
              <dependency>
                <groupId>org.springframework.boot</groupId>
                <artifactId>spring-boot-starter-data-jpa</artifactId>
              </dependency>
              <dependency>
                <groupId>org.postgresql</groupId>
                <artifactId>postgresql</artifactId>
              </dependency>
            </dependencies>
            <build>
              <plugins>
          %s
              </plugins>
            </build>
          </project>
          """.formatted(properties, dependency, plugin);
    }
  }

  /** Puts this build's parent POM, runtime, processor, auto-configuration and starter into the local repository the child build reads. */
  private static void installThisBuildsArtifacts() throws Exception {
    Path autoconfigure = ROOT.resolve("spring-boot/retort-spring-boot-autoconfigure");
    Path starter = ROOT.resolve("spring-boot/retort-spring-boot-starter");
    ChildMaven.install(List.of(ChildMaven.Artifact.pomOnly(ROOT.resolve("pom.xml")),
        new ChildMaven.Artifact(ROOT.resolve("runtime/pom.xml"), ROOT.resolve("runtime/target/retort-runtime-" + VERSION + ".jar")),
        new ChildMaven.Artifact(ROOT.resolve("processor/pom.xml"),
            ROOT.resolve("processor/target/retort-processor-" + VERSION + ".jar")),
        new ChildMaven.Artifact(autoconfigure.resolve("pom.xml"),
            autoconfigure.resolve("target/retort-spring-boot-autoconfigure-" + VERSION + ".jar")),
        new ChildMaven.Artifact(starter.resolve("pom.xml"), starter.resolve("target/retort-spring-boot-starter-" + VERSION + ".jar"))));
  }

  /** Runs Maven (the one running this build, else {@code mvn}) in {@code directory}; returns its output, fails on a non-zero exit. */
  private static String mvn(Path directory, String... arguments) throws Exception {
    List<String> command = ChildMaven.command();
    command.add("-q");
    Collections.addAll(command, arguments);
    Path log = Files.createTempFile("retort-mvn", ".log");
    Process process = ChildMaven.process(command, directory).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    // A guard against a hung build, not a timing assertion.
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish in 10 minutes");
    }
    String output = Files.readString(log);
    assertThat(process.exitValue()).as("%s:%n%s", String.join(" ", command), output).isZero();
    return output;
  }
}
