package dev.retort.cli;

import dev.retort.compare.RenameHints;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.model.SchemaModel;
import dev.retort.processor.ModelResource;
import dev.retort.processor.ProjectDescription;
import dev.retort.runtime.tooling.BuildFreshness;
import dev.retort.runtime.tooling.MigrationIndex;
import dev.retort.snapshot.Snapshot;
import dev.retort.snapshot.SnapshotFormat;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The user's application as the CLI sees it: its compiled classes (migrations, their index, and
 * the model the processor recorded) and its source tree (where the snapshot is committed and new
 * migrations are written).
 */
final class Project {

  /** The snapshot's file name in the migrations package, as the processor writes it. */
  static final String SNAPSHOT_FILE = "retort.snapshot";

  /** How many stale files a message names before it only counts the rest. */
  private static final int STALE_FILES_NAMED = 5;

  private final ProjectOptions options;
  private final Path workingDirectory;
  private final String command;
  private URLClassLoader loader;
  private List<Path> entries;
  private List<Migration> migrations;
  private Optional<ProjectDescription> description;

  /** The project in {@code workingDirectory}, as command {@code command} (named in messages) reads it. */
  Project(ProjectOptions options, Path workingDirectory, String command) {
    this.options = options;
    this.workingDirectory = workingDirectory;
    this.command = command;
  }

  /** The compiled application's class loader, whose parent is the CLI's own. */
  ClassLoader loader() {
    if (loader == null) {
      List<URL> urls = new ArrayList<>();
      for (Path path : classpathEntries()) {
        try {
          urls.add(path.toUri().toURL());
        } catch (MalformedURLException e) {
          throw new RetortException(CliMessage.CLI_BAD_CLASSPATH, path, File.pathSeparator);
        }
      }
      loader = new URLClassLoader(urls.toArray(URL[]::new), Project.class.getClassLoader());
    }
    return loader;
  }

  /** The class path as directories and plain jars: --classpath's entries, a Spring Boot jar unpacked into its parts. */
  List<Path> classpathEntries() {
    if (entries == null) {
      List<Path> paths = new ArrayList<>();
      String[] given = options.classpath.split(File.pathSeparator);
      for (String entry : given) {
        Path path = workingDirectory.resolve(entry.strip());
        if (!Files.exists(path)) {
          throw given.length == 1
              ? new RetortException(CliMessage.CLI_NO_CLASSES, path)
              : new RetortException(CliMessage.CLI_BAD_CLASSPATH, path, File.pathSeparator);
        }
        if (BootJar.is(path)) {
          paths.addAll(BootJar.expand(path));
        } else {
          paths.add(path);
        }
      }
      entries = List.copyOf(paths);
    }
    return entries;
  }

  /** The compiled application's classpath entries. */
  URL[] urls() {
    return ((URLClassLoader) loader()).getURLs();
  }

  /** Where the classes are, for messages. */
  String classpath() {
    return options.classpath;
  }

  /**
   * The migrations listed in the index the processor wrote, instantiated once per command; refused
   * when a migration source is newer than its class, has none, or was deleted.
   */
  List<Migration> migrations() {
    if (migrations == null) {
      if (loader().getResource(MigrationIndex.RESOURCE) == null) {
        throw new RetortException(CliMessage.CLI_NO_INDEX, options.classpath, MigrationIndex.RESOURCE);
      }
      Optional<String> migrationPackage = knownMigrationPackage();
      Optional<Path> classes = directoryHolding(MigrationIndex.RESOURCE);
      if (migrationPackage.isPresent() && classes.isPresent()) {
        requireFresh(BuildFreshness.migrations(sourceRoot(), classes.get(), migrationPackage.get()));
      }
      migrations = MigrationIndex.loadAll(loader());
    }
    return migrations;
  }

  /** The entities' model the processor recorded on the last compile; refused when a source is newer than it. */
  SchemaModel model() {
    String text = resource(ModelResource.PATH)
        .orElseThrow(() -> new RetortException(CliMessage.CLI_NO_MODEL, options.classpath, ModelResource.PATH, command));
    Optional<Path> classes = directoryHolding(ModelResource.PATH);
    if (classes.isPresent()) {
      Path migrations = knownMigrationPackage().map(this::directoryOf).orElse(null);
      requireFresh(BuildFreshness.model(sourceRoot(), classes.get().resolve(ModelResource.PATH), migrations));
    }
    return SnapshotFormat.parse(text, options.classpath + "!/" + ModelResource.PATH).model();
  }

  /** The renames the entities declare. */
  RenameHints renames() {
    return description().map(ProjectDescription::renames).orElse(RenameHints.none());
  }

  /** The package of the migrations: --package, else the one the processor recorded. */
  /** Whether the last compile's processor ran with online plans ({@code retort.onlinePlans}, on by default). */
  boolean onlinePlans() {
    return description().map(ProjectDescription::onlinePlans).orElse(true);
  }

  /** Whether the last compile's processor deferred drops ({@code retort.deferDrops}, off by default). */
  boolean deferDrops() {
    return description().map(ProjectDescription::deferDrops).orElse(false);
  }

  String migrationPackage() {
    return knownMigrationPackage()
        .orElseThrow(() -> new RetortException(CliMessage.CLI_NO_PACKAGE, options.classpath, ProjectDescription.PATH));
  }

  private Optional<String> knownMigrationPackage() {
    return options.migrationPackage != null ? Optional.of(options.migrationPackage)
        : description().map(ProjectDescription::migrationPackage);
  }

  /** The source root: --source-root, else the one the processor recorded, else src/main/java. */
  Path sourceRoot() {
    if (options.sourceRoot != null) {
      return workingDirectory.resolve(options.sourceRoot);
    }
    return description().map(ProjectDescription::sourceRoot).orElse(workingDirectory.resolve("src/main/java"));
  }

  /** The directory of the migrations package in the source tree. */
  Path migrationsDirectory() {
    return directoryOf(migrationPackage());
  }

  private Path directoryOf(String migrationPackage) {
    return sourceRoot().resolve(migrationPackage.replace('.', File.separatorChar));
  }

  /** The committed snapshot file. */
  Path snapshotFile() {
    return migrationsDirectory().resolve(SNAPSHOT_FILE);
  }

  /** The committed snapshot, or the initial one when none is committed yet. */
  Snapshot snapshot() {
    Path file = snapshotFile();
    if (!Files.exists(file)) {
      return Snapshot.initial();
    }
    try {
      return SnapshotFormat.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new RetortException(CliMessage.CLI_SNAPSHOT_UNREADABLE, file, e.getMessage());
    }
  }

  /**
   * The classes directory that holds {@code resource} first on the classpath: the build of this
   * source tree. Empty when a jar holds it, since a jar's classes cannot be compared with sources.
   */
  private Optional<Path> directoryHolding(String resource) {
    URL url = loader().getResource(resource);
    if (url == null || !"file".equals(url.getProtocol())) {
      return Optional.empty();
    }
    Path file = Path.of(toUri(url));
    Path directory = file;
    for (int i = 0; i < Path.of(resource).getNameCount(); i++) {
      directory = directory.getParent();
    }
    return Optional.of(directory);
  }

  /** Refuses a stale build, naming its first stale files. */
  private void requireFresh(List<BuildFreshness.Stale> stale) {
    if (stale.isEmpty()) {
      return;
    }
    String named = stale.stream().limit(STALE_FILES_NAMED).map(BuildFreshness.Stale::describe)
        .collect(Collectors.joining("; "));
    if (stale.size() > STALE_FILES_NAMED) {
      named += "; and " + (stale.size() - STALE_FILES_NAMED) + " more";
    }
    throw new RetortException(CliMessage.CLI_STALE_BUILD, options.classpath, command, named);
  }

  private static URI toUri(URL url) {
    try {
      return url.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Optional<ProjectDescription> description() {
    if (description == null) {
      description = resource(ProjectDescription.PATH).map(ProjectDescription::parse);
    }
    return description;
  }

  private Optional<String> resource(String path) {
    URL url = loader().getResource(path);
    if (url == null) {
      return Optional.empty();
    }
    try (InputStream in = url.openStream()) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
