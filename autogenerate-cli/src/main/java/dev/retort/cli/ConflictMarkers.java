package dev.retort.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the git merge-conflict markers a build cannot get past in a source tree: in a {@code
 * retort.snapshot} (two branches each added a migration) or in a Java source. A command that finds
 * no usable build looks here first, since a conflict, not a misconfigured processor, is then why.
 */
final class ConflictMarkers {

  /** Files larger than this are no hand-edited source and are not read. */
  private static final long LARGEST_READ = 4L << 20;

  private ConflictMarkers() {}

  /** One conflicted file and the line (from 1) of its first marker. */
  record Conflict(Path file, int line) {
    boolean inSnapshot() {
      return file.getFileName().toString().equals(Project.SNAPSHOT_FILE);
    }
  }

  /** The first conflicted file under {@code sourceRoot}, snapshots before Java sources; empty when none or no such directory. */
  static Optional<Conflict> find(Path sourceRoot) {
    if (!Files.isDirectory(sourceRoot)) {
      return Optional.empty();
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sourceRoot)) {
      files = walk.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().equals(Project.SNAPSHOT_FILE) || f.toString().endsWith(".java"))
          .sorted((a, b) -> Boolean.compare(!isSnapshot(a), !isSnapshot(b)))
          .toList();
    } catch (IOException e) {
      return Optional.empty();
    }
    for (Path file : files) {
      Optional<Integer> line = firstMarker(file);
      if (line.isPresent()) {
        return Optional.of(new Conflict(file, line.get()));
      }
    }
    return Optional.empty();
  }

  private static boolean isSnapshot(Path file) {
    return file.getFileName().toString().equals(Project.SNAPSHOT_FILE);
  }

  private static Optional<Integer> firstMarker(Path file) {
    try {
      if (Files.size(file) > LARGEST_READ) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.startsWith("<<<<<<< ") || line.equals("<<<<<<<") || line.startsWith(">>>>>>> ")) {
          return Optional.of(i + 1);
        }
      }
      return Optional.empty();
    } catch (MalformedInputException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
