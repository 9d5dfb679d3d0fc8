package dev.retort.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.build.MavenProject.ProcessResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Adopting Retort in a Maven project" snippets, pasted as they are into a new
 * project's POM, make a build that generates the first migration, and the CI check it describes
 * ({@code mvn compile -Dretort.mode=check}) fails that build when an entity changed without its
 * migration.
 */
class ReadmeAdoptionIT {

  private static final Path README = Path.of("").toAbsolutePath().getParent().resolve("README.md");

  @BeforeAll
  static void installThisBuildsArtifacts() throws Exception {
    MavenProject.installThisBuildsArtifacts();
  }

  @Test
  void theAdoptionSnippetsPastedIntoANewProjectGenerateTheFirstMigrationAndTheCheckModeFailsOnAnUncommittedChange(
      @TempDir Path directory) throws Exception {
    Snippets snippets = Snippets.of(Files.readString(README, StandardCharsets.UTF_8));
    MavenProject project = new MavenProject(directory);
    MavenProject.touch(directory.resolve("pom.xml"), snippets.pom());
    project.writeEntity("Driver", driver(""));

    ProcessResult first = project.tryBuild("2026-11-21T09:00", List.of(), "compile");
    assertEquals(0, first.exitCode(), first.output());
    // The snippets do not pin retort.timestamp, so the migration is named after now.
    List<String> generated = project.migrationSources();
    assertEquals(1, generated.size(), generated.toString());
    assertTrue(generated.get(0).endsWith("__create_drivers.java"), generated.toString());
    assertTrue(Files.isRegularFile(project.migrations().resolve("retort.snapshot")));

    project.writeEntity("Driver", driver("  private String phone;\n"));
    ProcessResult check = project.tryBuild("2026-11-21T10:00", List.of("-Dretort.mode=check"), "compile");
    assertEquals(1, check.exitCode(), check.output());
    assertTrue(check.output().contains("RTR-1005") && check.output().contains("phone"), check.output());
    assertEquals(generated, project.migrationSources());
  }

  /** The XML blocks of the adoption section: properties, the runtime dependency, the compiler plugin. */
  private record Snippets(String properties, String dependency, String plugin) {

    private static final Pattern XML_BLOCK = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL);

    static Snippets of(String readme) {
      int start = readme.indexOf("## Adopting Retort in a Maven project");
      int end = readme.indexOf("\n## ", start + 1);
      assertTrue(start >= 0 && end > start, "README.md has no adoption section");
      List<String> blocks = new ArrayList<>();
      Matcher matcher = XML_BLOCK.matcher(readme.substring(start, end));
      while (matcher.find()) {
        blocks.add(matcher.group(1).stripIndent());
      }
      String properties = only(blocks, "<properties>");
      String dependency = only(blocks, "<artifactId>retort-runtime</artifactId>");
      String plugin = only(blocks, "<artifactId>maven-compiler-plugin</artifactId>");
      return new Snippets(properties, dependency, plugin);
    }

    private static String only(List<String> blocks, String marker) {
      List<String> matching = blocks.stream().filter(b -> b.contains(marker)).toList();
      assertEquals(1, matching.size(), "README adoption blocks containing " + marker + ": " + matching);
      return matching.get(0);
    }

    /**
     * A new project's POM around the snippets: its coordinates, the JPA API its entities compile
     * against, and pinned versions of the plugins a bare POM leaves to Maven's defaults (which the
     * build machine's repository may not hold); nothing of Retort's beyond the snippets.
     */
    String pom() {
      return """
          <project xmlns="http://maven.apache.org/POM/4.0.0">
            <modelVersion>4.0.0</modelVersion>
            <groupId>com.acme</groupId>
            <artifactId>fleet</artifactId>
            <version>1</version>
          %s
            <dependencies>
          %s
              <dependency>
                <groupId>jakarta.persistence</groupId>
                <artifactId>jakarta.persistence-api</artifactId>
                <version>3.2.0</version>
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
          %s
              </plugins>
            </build>
          </project>
          """.formatted(properties, dependency, plugin);
    }
  }

  private static String driver(String extraFields) {
    return """
        package com.acme.fleet;

        import jakarta.persistence.Entity;
        import jakarta.persistence.GeneratedValue;
        import jakarta.persistence.GenerationType;
        import jakarta.persistence.Id;
        import jakarta.persistence.Table;

        @Entity
        @Table(name = "drivers")
        public class Driver {
          @Id
          @GeneratedValue(strategy = GenerationType.IDENTITY)
          private Long id;
          private String name;
        %s}
        """.formatted(extraFields);
  }
}
