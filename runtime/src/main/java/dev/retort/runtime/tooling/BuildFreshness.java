package dev.retort.runtime.tooling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether a build's compiled classes are as new as the sources they were compiled from, decided
 * from file times and file names alone (no source is parsed): the rule every tool that reads a
 * classes directory instead of compiling (the CLI, a build plugin) applies before it trusts it.
 */
public final class BuildFreshness {

  /** Why a file makes the build stale. */
  public enum Reason {
    /** A migration source was edited after its class was compiled. */
    SOURCE_NEWER_THAN_CLASS("is newer than its compiled class"),
    /** A migration source has no compiled class yet. */
    NOT_COMPILED("has no compiled class"),
    /** The index lists a compiled migration whose source is gone. */
    SOURCE_DELETED("was deleted, but its compiled migration is still in the build"),
    /** A source was edited after the processor recorded the entities' model. */
    SOURCE_NEWER_THAN_MODEL("is newer than the entities' model the processor recorded");

    private final String words;

    Reason(String words) {
      this.words = words;
    }
  }

  /** One file the build has not caught up with. */
  public record Stale(Path file, Reason reason) {

    /** The file and the reason, in words, for a message. */
    public String describe() {
      return file + " " + reason.words;
    }
  }

  private BuildFreshness() {}

  /**
   * The migrations whose sources and compiled classes disagree: every {@code .java} file of the
   * migrations package under {@code sourceRoot} must have a class in {@code classes} no older than
   * itself, and every migration the build's index lists must still have its source. Empty when the
   * source tree is not there (a build run from a jar, away from its sources), since nothing can be
   * compared then.
   */
  public static List<Stale> migrations(Path sourceRoot, Path classes, String migrationPackage) {
    List<Stale> stale = new ArrayList<>();
    if (!Files.isDirectory(sourceRoot) || !Files.isDirectory(classes)) {
      return stale;
    }
    String packagePath = migrationPackage.replace('.', '/');
    Path sources = sourceRoot.resolve(packagePath);
    try {
      if (Files.isDirectory(sources)) {
        try (Stream<Path> files = Files.list(sources)) {
          for (Path source : files.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().toList()) {
            String name = source.getFileName().toString();
            Path compiled = classes.resolve(packagePath).resolve(name.substring(0, name.length() - ".java".length()) + ".class");
            if (!Files.exists(compiled)) {
              stale.add(new Stale(source, Reason.NOT_COMPILED));
            } else if (modified(source).compareTo(modified(compiled)) > 0) {
              stale.add(new Stale(source, Reason.SOURCE_NEWER_THAN_CLASS));
            }
          }
        }
      }
      Path index = classes.resolve(MigrationIndex.RESOURCE);
      if (Files.exists(index)) {
        for (String className : indexedClasses(index)) {
          // A nested migration class lives in its outer class's file.
          String topLevel = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
          Path source = sourceRoot.resolve(topLevel.replace('.', '/') + ".java");
          if (!Files.exists(source) && stale.stream().noneMatch(s -> s.file().equals(source))) {
            stale.add(new Stale(source, Reason.SOURCE_DELETED));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stale;
  }

  /**
   * The sources under {@code sourceRoot} edited after the processor wrote {@code modelFile}, which
   * it rewrites on every compile: the entities may have changed since. The migrations package
   * ({@code migrationsDirectory}) is left out, because migrations are not entities and the CLI
   * writes new ones there between compiles. Empty when the source tree is not there.
   */
  public static List<Stale> model(Path sourceRoot, Path modelFile, Path migrationsDirectory) {
    List<Stale> stale = new ArrayList<>();
    if (!Files.isDirectory(sourceRoot) || !Files.exists(modelFile)) {
      return stale;
    }
    try {
      FileTime recorded = modified(modelFile);
      Files.walkFileTree(sourceRoot, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
          return directory.equals(migrationsDirectory) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (file.getFileName().toString().endsWith(".java") && attributes.lastModifiedTime().compareTo(recorded) > 0) {
            stale.add(new Stale(file, Reason.SOURCE_NEWER_THAN_MODEL));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    stale.sort((a, b) -> a.file().compareTo(b.file()));
    return stale;
  }

  /** The class names of an index: the first field of each line that is not a comment. */
  private static List<String> indexedClasses(Path index) throws IOException {
    List<String> names = new ArrayList<>();
    for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
      String text = line.strip();
      if (!text.isEmpty() && text.charAt(0) != '#') {
        int space = text.indexOf(' ');
        names.add(space < 0 ? text : text.substring(0, space));
      }
    }
    return names;
  }

  private static FileTime modified(Path file) throws IOException {
    return Files.getLastModifiedTime(file);
  }
}
