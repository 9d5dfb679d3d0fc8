package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI over an application as it is shipped rather than built: a Spring Boot executable jar as
 * the class path, and the launcher script reached through symbolic links, as from {@code ~/bin}.
 */
@PostgresTest
class PackagedApplicationIT {

  private final TestDatabase db;
  @TempDir Path directory;
  private FixtureProject project;

  PackagedApplicationIT(TestDatabase db) {
    this.db = db;
  }

  @BeforeEach
  void aProjectWithOneMigration() throws Exception {
    db.execute("DROP TABLE IF EXISTS vehicles, retort_history CASCADE");
    project = new FixtureProject(directory.resolve("app"));
    Files.createDirectories(project.root());
    project.entity("Vehicle", """
        @Entity
        @Table(name = "vehicles")
        public class Vehicle {
          @Id Long id;
          String vin;
        }""").compile();
    project.retort(Map.of(), "autogenerate", "-m", "create vehicles", "--timestamp", "2026-02-01T08:00").exits(0);
    project.compile();
  }

  @Test
  void aSpringBootJarIsReadAsItsClassesAndLibrariesByEveryCommand() throws Exception {
    Path jar = bootJar(directory.resolve("fleet.jar"));
    Map<String, String> env = Map.of("RETORT_URL", db.jdbcUrl(), "RETORT_USER", user(), "RETORT_PASSWORD", password());
    project.retort(env, "heads", "--classpath", jar.toString()).exits(0).prints("20260201_0800 (head), create vehicles");
    project.retort(env, "upgrade", "--classpath", jar.toString()).exits(0).prints("Applied 1 revision");
    project.retort(env, "current", "--classpath", jar.toString()).exits(0).prints("20260201_0800 (head), create vehicles");
    project.retort(env, "check", "--classpath", jar.toString()).exits(0).prints("agree");
    // autogenerate compiles the migration sources against the jar's parts: javac reads no jar inside a jar either.
    project.retort(env, "revision", "-m", "data fix", "--timestamp", "2026-02-02T08:00", "--classpath", jar.toString())
        .exits(0).prints("revision 20260202_0800_data_fix");
  }

  @Test
  void theLauncherScriptFindsItsJarWhenReachedThroughASymbolicLink() throws Exception {
    Path bin = Files.createDirectories(directory.resolve("bin"));
    Path absolute = Files.createSymbolicLink(bin.resolve("retort"), CliRun.launcherPath().toAbsolutePath());
    CliRun.launcherAt(absolute, project.root(), Map.of(), "--version").exits(0).prints("retort 0.1.0");
    // A relative link to that link: each hop is resolved against the directory of the link it leaves.
    Path tools = Files.createDirectories(directory.resolve("tools"));
    Path relative = Files.createSymbolicLink(tools.resolve("rt"), Path.of("../bin/retort"));
    CliRun.launcherAt(relative, project.root(), Map.of(), "heads").exits(0).prints("20260201_0800 (head), create vehicles");
  }

  /**
   * The fixture's build output laid out as Spring Boot's repackager writes it: the application's
   * classes under BOOT-INF/classes, and its migrations (with their index) in a library under BOOT-INF/lib.
   */
  private Path bootJar(Path jar) throws IOException {
    Path classes = project.root().resolve("target/classes");
    Path library = directory.resolve("fleet-migrations.jar");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    try (JarOutputStream lib = new JarOutputStream(Files.newOutputStream(library))) {
      for (Path file : files) {
        String name = classes.relativize(file).toString().replace('\\', '/');
        if (name.startsWith("com/acme/fleet/migrations/") || name.startsWith("META-INF/retort/migrations")) {
          put(lib, name, Files.readAllBytes(file));
        }
      }
    }
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      put(out, "org/springframework/boot/loader/launch/JarLauncher.class", new byte[0]);
      out.putNextEntry(new JarEntry("BOOT-INF/classes/"));
      out.closeEntry();
      for (Path file : files) {
        String name = classes.relativize(file).toString().replace('\\', '/');
        if (!name.startsWith("com/acme/fleet/migrations/") && !name.startsWith("META-INF/retort/migrations")) {
          put(out, "BOOT-INF/classes/" + name, Files.readAllBytes(file));
        }
      }
      put(out, "BOOT-INF/lib/fleet-migrations.jar", Files.readAllBytes(library));
    }
    return jar;
  }

  private static void put(JarOutputStream jar, String name, byte[] content) throws IOException {
    jar.putNextEntry(new JarEntry(name));
    OutputStream out = jar;
    out.write(content);
    jar.closeEntry();
  }

  private String user() {
    return db.user() == null ? "postgres" : db.user();
  }

  private String password() {
    return db.password() == null ? "" : db.password();
  }
}
