package dev.retort.processor;

import dev.retort.autogenerate.Autogenerate;
import dev.retort.autogenerate.DeferredDrops;
import dev.retort.design.Engine;
import dev.retort.design.Finding;
import dev.retort.design.KnownRevision;
import dev.retort.design.OutputFile;
import dev.retort.design.OutputFiles;
import dev.retort.compare.SchemaDiff;
import dev.retort.migration.Migration;
import dev.retort.model.SchemaModel;
import dev.retort.ops.Operation;
import dev.retort.read.HibernateLine;
import dev.retort.read.RenameDeclarations;
import dev.retort.render.java.MigrationSource;
import dev.retort.render.java.MigrationWriter;
import dev.retort.runtime.tooling.MigrationIndex;
import dev.retort.runtime.tooling.SourceFingerprint;
import dev.retort.snapshot.Snapshot;
import dev.retort.snapshot.SnapshotException;
import dev.retort.snapshot.SnapshotFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * The processor's autogenerate step: compares the entities' model with the snapshot committed in
 * the migrations package and, when they differ, writes the next migration and the new snapshot
 * into the source tree (for review and commit) and the migration into this build's generated
 * sources too, so that it is compiled and applied by this very build. It always writes the index
 * of migrations the runtime reads at boot.
 */
final class MigrationGeneration {

  /** The snapshot's file name, in the migrations package directory. */
  static final String SNAPSHOT_FILE = "retort.snapshot";

  private final ProcessingEnvironment env;
  private final Reporter reporter;
  private final ProcessorOptions options;

  MigrationGeneration(ProcessingEnvironment env, Reporter reporter, ProcessorOptions options) {
    this.env = env;
    this.reporter = reporter;
    this.options = options;
  }

  /**
   * Runs the step for the model read from {@code entities} (whose text, as {@link ModelResource#text}
   * gives it, is {@code modelText}) as Hibernate line {@code hibernate} creates it, renaming as
   * {@code renames} declares; reports instead of throwing.
   */
  void run(SchemaModel model, String modelText, Collection<TypeElement> entities, RenameDeclarations renames,
      HibernateLine hibernate) {
    if (entities.isEmpty()) {
      return;
    }
    TypeElement first = entities.iterator().next();
    String migrationPackage = options.migrationPackage() != null ? options.migrationPackage() : defaultPackage(entities);
    SourceTree.Root root = options.sourceRoot() != null ? SourceTree.Root.of(options.sourceRoot()) : SourceTree.rootOf(env, first);
    if (root.inMemory()) {
      // Sources compiled from memory (tests of entity mappings) have no tree to write migrations into.
      env.getMessager().printMessage(Diagnostic.Kind.NOTE, ProcessorMessage.GENERATION_SKIPPED.format(first.getQualifiedName()));
      return;
    }
    if (root.path() == null) {
      reporter.error(first, ProcessorMessage.SOURCE_ROOT_UNKNOWN, first.getQualifiedName(), "this compiler does not tell");
      return;
    }
    Path directory = SourceTree.packageDirectory(root.path(), migrationPackage);
    Path snapshotFile = directory.resolve(SNAPSHOT_FILE);
    writeResource(ProjectDescription.PATH, new ProjectDescription(migrationPackage, root.path(), renames.hints(),
        options.onlinePlans(), options.deferDrops(), hibernate).write());
    if (options.mode() == ProcessorOptions.Mode.MANUAL) {
      // The CLI writes migrations (and merges heads) in this mode; the build only indexes them.
      List<TypeElement> existing = existingMigrations(directory, migrationPackage);
      writeIndex(directory, existing, declared(existing), List.of());
      return;
    }
    Optional<Snapshot> read = readSnapshot(snapshotFile, model, modelText);
    if (read.isEmpty()) {
      return;
    }
    List<TypeElement> existing = existingMigrations(directory, migrationPackage);
    // Scanned once: the code's head needs the revisions, the index their exactness.
    Map<TypeElement, RevisionScanner.DeclaredRevision> declared = declared(existing);
    Regeneration regeneration = Regeneration.of(env);
    Optional<Snapshot> snapshot = options.mode() == ProcessorOptions.Mode.GENERATE
        ? rewound(regeneration, read.get(), directory, snapshotFile, declared.values()) : read;
    if (snapshot.isEmpty()) {
      writeIndex(directory, existing, declared, List.of());
      return;
    }
    Optional<Snapshot> committed = atCodeHead(declared.values(), snapshotFile, snapshot.get());
    if (committed.isEmpty()) {
      writeIndex(directory, existing, declared, List.of());
      return;
    }
    RenameAdvice advice = new RenameAdvice(env.getMessager(), reporter, renames);
    advice.noteInertHints(committed.get().model(), snapshotFile);

    if (options.mode() == ProcessorOptions.Mode.CHECK) {
      List<Operation> pending = SchemaDiff.between(committed.get().model(),
          DeferredDrops.plan(committed.get(), model, renames.hints(), options.dropPolicy()).target());
      if (!pending.isEmpty()) {
        StringBuilder list = new StringBuilder();
        MigrationWriter.describe(pending).forEach(line -> list.append(System.lineSeparator()).append("  - ").append(line));
        reporter.error(null, ProcessorMessage.MODEL_DIFFERS_FROM_SNAPSHOT, snapshotFile, list);
      }
      new MigrationLint(env, reporter).run(declared.values(), snapshot.get().headRevision(), List.of());
      new DriftCheck(env.getMessager(), options).run(committed.get());
      writeIndex(directory, existing, declared, List.of());
      return;
    }

    LocalDateTime now = options.timestamp() != null ? options.timestamp() : LocalDateTime.now(ZoneOffset.UTC);
    Engine.Layout layout = new Engine.Layout(directory, migrationPackage, snapshotFile);
    Engine.Generation generation = Engine.autogenerate(
        new Autogenerate.Request(model, committed.get(), renames.hints(), migrationPackage, now, null,
            declared.values().stream().map(RevisionScanner.DeclaredRevision::id).collect(Collectors.toSet()),
            options.onlinePlans(), options.dropPolicy()),
        layout, null);
    if (generation.upToDate() && !generation.files().isEmpty()) {
      // Only the snapshot's pending drops changed: no migration, but the snapshot must record them.
      try {
        OutputFiles.write(generation.files());
      } catch (OutputFiles.Failure e) {
        reporter.error(null, ProcessorMessage.GENERATION_FAILED, e.path(), e.getMessage());
        return;
      }
    }
    if (generation.upToDate()) {
      generation.findings().forEach(finding -> reporter.report(finding, null));
    }
    if (!generation.upToDate()) {
      // A change too big for one transaction comes in parts, each a migration of its own.
      MigrationSource head = generation.head();
      Path sourceFile = generation.headFile();
      try {
        // The Filer first: it looks the new type up, and would parse a source already in the source root,
        // which javac then notes as implicitly compiled and not subject to annotation processing.
        for (OutputFile file : generation.files()) {
          if (file.kind() == OutputFile.Kind.MIGRATION) {
            sourceFile = file.path();
            String className = file.path().getFileName().toString().replaceFirst("\\.java$", "");
            JavaFileObject generated = env.getFiler().createSourceFile(layout.qualified(className), first);
            try (Writer writer = generated.openWriter()) {
              writer.write(file.text());
            }
          }
        }
        OutputFiles.write(generation.files());
        regeneration.remember(head.revision().id(),
            generation.migrations().stream().map(MigrationSource::className).toList(), committed.get());
      } catch (OutputFiles.Failure e) {
        reporter.error(null, ProcessorMessage.GENERATION_FAILED, e.path(), e.getMessage());
        return;
      } catch (IOException e) {
        reporter.error(null, ProcessorMessage.GENERATION_FAILED, sourceFile, e.getMessage());
        return;
      }
      List<MigrationSource> parts = generation.migrations();
      env.getMessager().printMessage(Diagnostic.Kind.NOTE, parts.size() == 1
          ? ProcessorMessage.MIGRATION_GENERATED.format(head.className(), head.revision().message(), sourceFile, snapshotFile)
          : (parts.stream().anyMatch(part -> !part.revision().transactional())
              ? ProcessorMessage.ONLINE_MIGRATIONS_GENERATED : ProcessorMessage.MIGRATIONS_GENERATED)
              .format(parts.size(), parts.get(0).className(), head.className(), directory, snapshotFile));
      Placement placement = new Placement(renames, declared.values());
      for (Finding finding : generation.findings()) {
        reporter.report(finding, placement.of(finding.subject()));
      }
      advice.warnUndeclaredRenames(generation.migrations(), head, sourceFile, snapshotFile);
    }
    new MigrationLint(env, reporter).run(declared.values(), snapshot.get().headRevision(), generation.migrations());
    new DriftCheck(env.getMessager(), options).run(generation.snapshot());
    writeIndex(directory, existing, declared, generation.indexLines());
  }

  /**
   * {@code snapshot}, or the snapshot it followed when its head migrations were generated by this
   * build output and deleted since (regenerating them, as Alembic users do): then the source tree's
   * snapshot file is rewound too, and a note says so. Empty when the rewound snapshot cannot be written.
   */
  private Optional<Snapshot> rewound(Regeneration regeneration, Snapshot snapshot, Path directory, Path snapshotFile,
      Collection<RevisionScanner.DeclaredRevision> declared) {
    try {
      Optional<Regeneration.Rewound> rewound = regeneration.rewind(snapshot, directory,
          declared.stream().map(RevisionScanner.DeclaredRevision::id).collect(Collectors.toSet()));
      if (rewound.isEmpty()) {
        return Optional.of(snapshot);
      }
      Files.writeString(snapshotFile, rewound.get().snapshotText(), StandardCharsets.UTF_8);
      env.getMessager().printMessage(Diagnostic.Kind.NOTE, ProcessorMessage.SNAPSHOT_REWOUND.format(
          String.join(", ", rewound.get().classNames()), String.join(", ", rewound.get().revisions()), directory,
          snapshotFile, orNone(rewound.get().snapshot().headRevision())));
      return Optional.of(rewound.get().snapshot());
    } catch (IOException | SnapshotException e) {
      reporter.error(null, ProcessorMessage.GENERATION_FAILED, snapshotFile, e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<Snapshot> readSnapshot(Path file, SchemaModel model, String modelText) {
    if (!Files.exists(file)) {
      return Optional.of(Snapshot.initial());
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Optional<Snapshot> unchanged = unchanged(text, model, modelText, file);
      if (unchanged.isPresent()) {
        return unchanged;
      }
      return Optional.of(SnapshotFormat.parse(text, file.toString()));
    } catch (SnapshotException e) {
      // Never overwritten: a broken snapshot stays as it is until the developer repairs it.
      reporter.error(null, ProcessorMessage.SNAPSHOT_REJECTED, e.getMessage(), file);
      return Optional.empty();
    } catch (IOException e) {
      reporter.error(null, ProcessorMessage.SNAPSHOT_UNREADABLE, file, e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The committed snapshot without parsing it, when it is the canonical text of the model just read
   * apart from its head line: the usual compile, where nothing changed. Parsing a big snapshot and
   * diffing it with an equal model was most of the processor's cost then. Empty when the text differs
   * in any way (a change, a merge, line endings), and the snapshot is then parsed and compared as usual.
   */
  private static Optional<Snapshot> unchanged(String text, SchemaModel model, String modelText, Path file) {
    int committedHead = text.indexOf("\nhead ");
    int modelHead = modelText.indexOf("\nhead ");
    if (committedHead < 0 || modelHead < 0) {
      return Optional.empty();
    }
    int committedEnd = text.indexOf('\n', committedHead + 1);
    int modelEnd = modelText.indexOf('\n', modelHead + 1);
    if (committedEnd < 0 || modelEnd < 0
        || !text.regionMatches(0, modelText, 0, modelHead) || committedHead != modelHead
        || text.length() - committedEnd != modelText.length() - modelEnd
        || !text.regionMatches(committedEnd, modelText, modelEnd, modelText.length() - modelEnd)) {
      return Optional.empty();
    }
    // Only the head line is read, by the real parser, so that its syntax has one definition.
    Snapshot head = SnapshotFormat.parse(text.substring(0, committedEnd + 1), file.toString());
    return Optional.of(new Snapshot(head.headRevision(), model));
  }

  /** The migration classes of the package directory: every source whose class is a {@link Migration}. */
  private List<TypeElement> existingMigrations(Path directory, String migrationPackage) {
    List<TypeElement> types = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return types;
    }
    TypeMirror migration = env.getElementUtils().getTypeElement(Migration.class.getName()).asType();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().toList()) {
        String simpleName = file.getFileName().toString().replaceFirst("\\.java$", "");
        TypeElement type = env.getElementUtils().getTypeElement(qualified(migrationPackage, simpleName));
        if (type != null && env.getTypeUtils().isAssignable(type.asType(), migration)) {
          types.add(type);
        }
      }
    } catch (IOException e) {
      reporter.error(null, ProcessorMessage.GENERATION_FAILED, directory, e.getMessage());
    }
    return types;
  }

  /** The revision each migration's source declares, for those whose source declares one. */
  private Map<TypeElement, RevisionScanner.DeclaredRevision> declared(List<TypeElement> existing) {
    RevisionScanner scanner = new RevisionScanner(env);
    Map<TypeElement, RevisionScanner.DeclaredRevision> declared = new LinkedHashMap<>();
    for (TypeElement type : existing) {
      scanner.scan(type).ifPresent(revision -> declared.put(type, revision));
    }
    return declared;
  }

  /** The snapshot as the next migration must follow it: at the migrations' single head (see {@link Engine#head}). */
  private Optional<Snapshot> atCodeHead(Collection<RevisionScanner.DeclaredRevision> declared, Path snapshotFile,
      Snapshot snapshot) {
    List<KnownRevision> history = declared.stream().map(r -> new KnownRevision(r.id(), r.parents())).toList();
    Engine.Head head = Engine.head(history, snapshot, snapshotFile);
    if (head instanceof Engine.Head.Refused refused) {
      reporter.report(refused.finding(), new Placement(RenameDeclarations.none(), declared).of(refused.finding().subject()));
      return Optional.empty();
    }
    return Optional.of(((Engine.Head.At) head).snapshot());
  }

  private static String orNone(String revision) {
    return revision == null ? "none" : revision;
  }

  private void writeResource(String path, String text) {
    try {
      FileObject resource = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path);
      try (Writer writer = resource.openWriter()) {
        writer.write(text);
      }
    } catch (IOException e) {
      reporter.error(null, ProcessorMessage.GENERATION_FAILED, path, e.getMessage());
    }
  }

  /**
   * Writes the index of the migrations in {@code directory}, plus {@code generated} (the lines of the
   * migrations this build wrote). A migration whose revision its source states exactly gets
   * a full line (revision, parents, fingerprint of its source file), so that the runtime can verify
   * it without loading it; any other gets its class name alone and is loaded at boot.
   */
  private void writeIndex(Path directory, List<TypeElement> existing,
      Map<TypeElement, RevisionScanner.DeclaredRevision> declared, List<String> generated) {
    Map<String, String> lines = new TreeMap<>();
    for (TypeElement type : existing) {
      String className = type.getQualifiedName().toString();
      Optional<RevisionScanner.DeclaredRevision> revision =
          Optional.ofNullable(declared.get(type)).filter(RevisionScanner.DeclaredRevision::exact);
      Path file = directory.resolve(type.getSimpleName() + ".java");
      String fingerprint = null;
      try {
        fingerprint = SourceFingerprint.of(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        // Listed with its class name alone: the runtime then verifies it by running it.
      }
      lines.put(className, revision.isPresent() && fingerprint != null
          ? MigrationIndex.line(className, revision.get().id(), revision.get().parents(), fingerprint)
          : className);
    }
    for (String line : generated) {
      lines.put(line.substring(0, line.indexOf(' ')), line);
    }
    StringBuilder index = new StringBuilder(MigrationIndex.HEADER);
    lines.values().forEach(line -> index.append(line).append('\n'));
    writeResource(MigrationIndex.RESOURCE, index.toString());
  }

  /** {@code migrations} under the longest package every entity shares. */
  private String defaultPackage(Collection<TypeElement> entities) {
    String common = null;
    for (TypeElement entity : entities) {
      String pkg = SourceTree.packageOf(env, entity);
      common = common == null ? pkg : commonPrefix(common, pkg);
    }
    return common == null || common.isEmpty() ? "migrations" : common + ".migrations";
  }

  private static String commonPrefix(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < Math.min(left.length, right.length) && left[i].equals(right[i]); i++) {
      prefix.append(prefix.length() == 0 ? "" : ".").append(left[i]);
    }
    return prefix.toString();
  }

  private static String qualified(String pkg, String simpleName) {
    return pkg.isEmpty() ? simpleName : pkg + "." + simpleName;
  }
}
