package dev.retort.processor;

import dev.retort.snapshot.Snapshot;
import dev.retort.snapshot.SnapshotFormat;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Lets a developer regenerate an unapplied migration the way Alembic users do: delete it and
 * compile. Each migration the processor writes leaves, in the build directory beside the class
 * output (gone with {@code mvn clean}, never committed), the snapshot it followed; when the
 * snapshot's head is such a migration and all of its source files are gone from the migrations
 * package, the snapshot is rewound to the one it followed.
 */
final class Regeneration {

  /** One rewinding: the migrations found deleted, newest first, and the snapshot they followed. */
  record Rewound(List<String> classNames, List<String> revisions, Snapshot snapshot, String snapshotText) {}

  private final Path directory;

  private Regeneration(Path directory) {
    this.directory = directory;
  }

  /** The memory of this build's class output; inert when the class output is not a directory on disk. */
  static Regeneration of(ProcessingEnvironment env) {
    try {
      FileObject probe = env.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", "retort-probe");
      URI uri = probe.toUri();
      if ("file".equals(uri.getScheme())) {
        Path classes = Path.of(uri).getParent();
        if (classes != null && classes.getParent() != null) {
          return new Regeneration(classes.getParent().resolve("retort-rewind"));
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // No class output on disk (compiled in memory): nothing to remember, so nothing is rewound.
    }
    return new Regeneration(null);
  }

  /**
   * Remembers that the migration classes {@code classNames} (simple names, one per part) of
   * revision {@code head} followed the snapshot {@code before}.
   */
  void remember(String head, List<String> classNames, Snapshot before) throws IOException {
    if (directory == null) {
      return;
    }
    Files.createDirectories(directory);
    Files.writeString(file(head), String.join(" ", classNames) + "\n" + SnapshotFormat.write(before), StandardCharsets.UTF_8);
  }

  /**
   * The snapshot {@code snapshot} rewound past every head migration this build output generated and
   * whose sources are all gone from {@code migrations}, while no source still declares its revision
   * ({@code declared}); empty when its head is still there. A source that is only left out of an
   * incremental compile still exists as a file, so it is never taken for deleted.
   */
  Optional<Rewound> rewind(Snapshot snapshot, Path migrations, Set<String> declared) throws IOException {
    if (directory == null) {
      return Optional.empty();
    }
    List<String> classNames = new ArrayList<>();
    List<String> revisions = new ArrayList<>();
    Snapshot current = snapshot;
    String text = null;
    while (current.headRevision() != null && !declared.contains(current.headRevision())
        && Files.isRegularFile(file(current.headRevision()))) {
      String memory = Files.readString(file(current.headRevision()), StandardCharsets.UTF_8);
      int lineEnd = memory.indexOf('\n');
      List<String> classes = Arrays.asList(memory.substring(0, lineEnd).split(" "));
      if (classes.stream().anyMatch(c -> Files.exists(migrations.resolve(c + ".java")))) {
        break;
      }
      classNames.addAll(classes);
      revisions.add(current.headRevision());
      text = memory.substring(lineEnd + 1);
      current = SnapshotFormat.parse(text, file(current.headRevision()).toString());
    }
    return revisions.isEmpty() ? Optional.empty() : Optional.of(new Rewound(classNames, revisions, current, text));
  }

  private Path file(String revision) {
    return directory.resolve(revision + ".snapshot");
  }
}
