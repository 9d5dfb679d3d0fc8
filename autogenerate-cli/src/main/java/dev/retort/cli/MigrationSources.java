package dev.retort.cli;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The migrations as the source tree has them, compiled on the spot: after a git merge the
 * build's classes are stale (the processor stops at two heads), yet merge and autogenerate must
 * see every branch's revisions.
 */
final class MigrationSources {

  private MigrationSources() {}

  /** Compiles the {@code .java} files of the migrations package and instantiates every migration among them. */
  static List<Migration> load(Project project) {
    Path directory = project.migrationsDirectory();
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<Path> sources;
    try (Stream<Path> files = Files.list(directory)) {
      sources = files.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (sources.isEmpty()) {
      return List.of();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new RetortException(CliMessage.CLI_MIGRATIONS_DO_NOT_COMPILE, directory,
          "this Java is a runtime without a compiler; run retort with a JDK");
    }
    try {
      Path output = Files.createTempDirectory("retort-migrations");
      // Kept until the command ends: the migrations may load more of their classes when run.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(output)));
      compile(javac, project, directory, sources, output);
      return instantiate(project, sources, output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void compile(JavaCompiler javac, Project project, Path directory, List<Path> sources, Path output)
      throws IOException {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = List.of("-proc:none", "-nowarn", "-d", output.toString(), "-classpath", classpath(project));
      boolean compiled = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
          .call();
      if (!compiled) {
        String errors = diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .limit(3)
            .map(d -> (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ")
                + d.getMessage(Locale.ROOT))
            .collect(Collectors.joining("; "));
        throw new RetortException(CliMessage.CLI_MIGRATIONS_DO_NOT_COMPILE, directory, errors);
      }
    }
  }

  /** Retort's runtime (which migrations compile against) and the application's own classes. */
  private static String classpath(Project project) {
    List<String> entries = new ArrayList<>();
    try {
      URL runtime = Migration.class.getProtectionDomain().getCodeSource().getLocation();
      entries.add(Path.of(runtime.toURI()).toString());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    project.classpathEntries().forEach(entry -> entries.add(entry.toString()));
    return String.join(File.pathSeparator, entries);
  }

  private static List<Migration> instantiate(Project project, List<Path> sources, Path output) throws IOException {
    List<Migration> migrations = new ArrayList<>();
    // The fresh classes come first: the build's own copies of the same migrations may be stale.
    List<URL> urls = new ArrayList<>(List.of(output.toUri().toURL()));
    urls.addAll(List.of(project.urls()));
    URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), MigrationSources.class.getClassLoader());
    for (Path source : sources) {
      String name = project.migrationPackage() + "." + source.getFileName().toString().replaceFirst("\\.java$", "");
      try {
        Class<?> type = Class.forName(name, true, loader);
        if (Migration.class.isAssignableFrom(type)) {
          migrations.add((Migration) type.getDeclaredConstructor().newInstance());
        }
      } catch (ReflectiveOperationException | LinkageError e) {
        throw new RetortException(e, Message.MIGRATION_NOT_INSTANTIABLE, name, source, e);
      }
    }
    return migrations;
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // A temporary directory left behind is harmless; the command's result is what matters.
    }
  }
}
