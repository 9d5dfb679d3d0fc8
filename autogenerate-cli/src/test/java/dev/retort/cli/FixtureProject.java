package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.migration.Migration;
import dev.retort.processor.RetortProcessor;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A user's JPA application on disk, as the CLI meets it: entity sources under src/main/java,
 * compiled by javac with Retort's processor (in manual mode, so that migrations come from the
 * CLI) into target/classes, in a git repository for the branch-and-merge workflow.
 */
final class FixtureProject {

  static final String PACKAGE_DIR = "src/main/java/com/acme/fleet";
  static final String MIGRATIONS_DIR = PACKAGE_DIR + "/migrations";

  private final Path root;
  private final List<String> processorOptions = new ArrayList<>();

  FixtureProject(Path root) {
    this.root = root;
  }

  /** This project, whose compiles also pass {@code -A<option>} to the processor. */
  FixtureProject withProcessorOption(String option) {
    processorOptions.add("-A" + option);
    return this;
  }

  Path root() {
    return root;
  }

  /** Writes (or replaces) the source of entity {@code simpleName} in com.acme.fleet. */
  FixtureProject entity(String simpleName, String body) throws IOException {
    Path file = root.resolve(PACKAGE_DIR).resolve(simpleName + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "package com.acme.fleet;\n\nimport jakarta.persistence.*;\n\n" + body + "\n");
    return this;
  }

  /** The text of a file of the project. */
  String read(String relative) throws IOException {
    return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
  }

  /** Replaces text in a file of the project, asserting it was there. */
  void edit(String relative, String from, String to) throws IOException {
    String text = read(relative);
    assertTrue(text.contains(from), relative + " should contain " + from);
    Files.writeString(root.resolve(relative), text.replace(from, to));
  }

  /** The migration sources, by file name. */
  List<String> migrationFiles() throws IOException {
    Path directory = root.resolve(MIGRATIONS_DIR);
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java")).sorted().toList();
    }
  }

  /** Compiles every source into target/classes with the processor in manual mode, as `mvn compile` would. */
  void compile() throws IOException {
    Path classes = root.resolve("target/classes");
    deleteRecursively(classes);
    Files.createDirectories(classes);
    List<Path> sources;
    try (Stream<Path> files = Files.walk(root.resolve("src/main/java"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      String classpath = classpath();
      List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classpath, "-processorpath",
          classpath, "-processor", RetortProcessor.class.getName(), "-Aretort.mode=manual",
          "-Aretort.sourceRoot=" + root.resolve("src/main/java")));
      options.addAll(processorOptions);
      boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
      String errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> d.getSource() + ":" + d.getLineNumber() + " " + d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n"));
      assertTrue(ok, "the fixture project should compile:\n" + errors);
    }
  }

  /** Runs git in the project; returns its exit code. */
  int git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Retort Test", "-c", "user.email=test@retort.dev",
        "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "git " + String.join(" ", args));
    return process.exitValue();
  }

  /** Runs git, asserting success. */
  void gitOk(String... args) throws IOException, InterruptedException {
    assertEquals(0, git(args), "git " + String.join(" ", args));
  }

  /** Runs the retort jar in the project directory with only {@code environment} as connection settings. */
  CliRun retort(Map<String, String> environment, String... args) throws IOException, InterruptedException {
    return CliRun.jar(root, environment, args);
  }

  /** The JPA API, Retort's runtime and processor with their dependencies: what a Maven build would give javac. */
  private static String classpath() {
    List<String> entries = new ArrayList<>();
    for (Class<?> type : new Class<?>[] {jakarta.persistence.Entity.class, Migration.class, RetortProcessor.class,
        com.palantir.javapoet.JavaFile.class, org.postgresql.Driver.class}) {
      try {
        entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /**
   * A copy of this project at {@code target}, file times kept (the CLI compares them), compiled again
   * there: the processor records the source root's absolute path in the build output.
   */
  FixtureProject copyTo(Path target) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        Path copy = target.resolve(root.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(path, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    FixtureProject project = new FixtureProject(target);
    project.processorOptions.addAll(processorOptions);
    project.compile();
    return project;
  }

  static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
