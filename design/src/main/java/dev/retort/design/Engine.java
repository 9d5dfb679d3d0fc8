package dev.retort.design;

import dev.retort.autogenerate.Autogenerate;
import dev.retort.autogenerate.Risk;
import dev.retort.migration.Revision;
import dev.retort.model.SchemaModel;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationFacts;
import dev.retort.render.java.MigrationNames;
import dev.retort.render.java.MigrationSource;
import dev.retort.render.java.MigrationWriter;
import dev.retort.runtime.tooling.MigrationIndex;
import dev.retort.runtime.tooling.RevisionLinks;
import dev.retort.runtime.tooling.SourceFingerprint;
import dev.retort.snapshot.Snapshot;
import dev.retort.snapshot.SnapshotFormat;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The design-time engine: from the entities' model, the committed snapshot and the revisions the
 * history has, to the next migration as data (files to write, index lines, the new snapshot,
 * findings). The processor and the CLI only translate its inputs and outputs; it writes nothing.
 */
public final class Engine {

  /** Where the migrations package lives: its directory, its Java package and its snapshot file. */
  public record Layout(Path directory, String packageName, Path snapshotFile) {

    public Layout {
      Objects.requireNonNull(directory, "directory");
      Objects.requireNonNull(packageName, "packageName");
      Objects.requireNonNull(snapshotFile, "snapshotFile");
    }

    /** The source file of the migration class {@code className}. */
    public Path source(String className) {
      return directory.resolve(className + ".java");
    }

    /** The fully qualified name of {@code className}. */
    public String qualified(String className) {
      return packageName.isEmpty() ? className : packageName + "." + className;
    }
  }

  /** Where the next migration goes: after the history's single head, or nowhere, with the finding that says why. */
  public sealed interface Head permits Head.At, Head.Refused {

    /** The snapshot, moved to the history's head (the same schema: revisions after it changed no schema). */
    record At(Snapshot snapshot) implements Head {}

    /** No migration may follow: several heads, or a snapshot that does not belong to the history. */
    record Refused(Finding finding) implements Head {}
  }

  /**
   * What one step of the engine produced: the migrations it made (none when nothing changed), the
   * files to write into the source tree, the index lines of the new migrations, the snapshot at the
   * new head, and the findings for the reviewer.
   */
  public record Generation(
      List<MigrationSource> migrations, List<OutputFile> files, List<String> indexLines, Snapshot snapshot,
      List<Risk> risks, List<Finding> findings) {

    public Generation {
      migrations = List.copyOf(migrations);
      files = List.copyOf(files);
      indexLines = List.copyOf(indexLines);
      risks = List.copyOf(risks);
      findings = List.copyOf(findings);
    }

    /** Whether the step made no migration: the entities match the snapshot. */
    public boolean upToDate() {
      return migrations.isEmpty();
    }

    /** The migration at the new head: the only one, or the last part of a change split in several. */
    public MigrationSource head() {
      return migrations.get(migrations.size() - 1);
    }

    /** The source file of the migration at the new head. */
    public Path headFile() {
      return files.stream().filter(f -> f.kind() == OutputFile.Kind.MIGRATION).reduce((a, b) -> b).orElseThrow().path();
    }
  }

  private Engine() {}

  /**
   * The snapshot as the next migration must follow it: at the history's single head. After a git
   * merge of two branches that each added a migration, two migrations follow the same parent; a new
   * migration on top of either would hide the other, so none follows until a merge revision joins
   * them. Hand-written revisions after the snapshot's head (data migrations) change no schema, so
   * the next migration follows the newest of them instead of forking the history.
   */
  public static Head head(List<KnownRevision> history, Snapshot snapshot, Path snapshotFile) {
    Map<String, List<String>> parents = new LinkedHashMap<>();
    history.forEach(revision -> parents.put(revision.id(), revision.parents()));
    RevisionLinks links = RevisionLinks.of(parents);
    List<String> heads = links.heads();
    if (heads.size() >= 2) {
      String quoted = heads.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
      return new Head.Refused(Finding.error(new Subject.Revision(heads.get(heads.size() - 1)),
          DesignMessage.MIGRATION_BRANCHES_NOT_MERGED, String.join(", ", heads), quoted, snapshotFile));
    }
    String codeHead = heads.isEmpty() ? null : heads.get(0);
    if (snapshot.belongsTo(codeHead, codeHead == null ? Set.of() : links.ancestorsOrSelf(codeHead))) {
      return new Head.At(codeHead == null ? snapshot : snapshot.at(codeHead));
    }
    Subject at = codeHead == null ? Subject.whole() : new Subject.Revision(codeHead);
    return new Head.Refused(Finding.error(at, DesignMessage.SNAPSHOT_HEAD_NOT_IN_HISTORY, snapshotFile,
        orNone(snapshot.headRevision()), orNone(codeHead), orNone(codeHead)));
  }

  /**
   * The next migration from the difference {@code request} asks for, laid out in {@code layout}.
   * {@code recorded} is the model the new snapshot records, when it is not the request's target
   * (a comparison made in the live database's words still records the entities' own); may be null.
   */
  public static Generation autogenerate(Autogenerate.Request request, Layout layout, SchemaModel recorded) {
    Autogenerate.Outcome outcome = Autogenerate.run(request);
    if (!(outcome instanceof Autogenerate.NewMigration migration)) {
      Snapshot kept = ((Autogenerate.UpToDate) outcome).snapshot();
      List<Finding> notes = PendingDropFindings.of(request, kept, null, layout.snapshotFile());
      // Only the pending drops changed: no step to take, but the snapshot must remember them.
      List<OutputFile> files = kept.equals(request.committed()) ? List.of()
          : List.of(new OutputFile(layout.snapshotFile(), SnapshotFormat.write(kept), OutputFile.Kind.SNAPSHOT));
      return new Generation(List.of(), files, List.of(), kept, List.of(), notes);
    }
    List<MigrationSource> sources = new ArrayList<>();
    List<OutputFile> files = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Autogenerate.NewMigration.Part part : migration.parts()) {
      sources.add(part.source());
      files.add(new OutputFile(layout.source(part.source().className()), part.javaSource(), OutputFile.Kind.MIGRATION));
      lines.add(indexLine(layout, part.source(), part.javaSource()));
    }
    Snapshot snapshot = recorded == null ? migration.snapshot()
        : new Snapshot(migration.snapshot().headRevision(), recorded, migration.snapshot().pendingDrops());
    String snapshotText = recorded == null ? migration.snapshotText() : SnapshotFormat.write(snapshot);
    files.add(new OutputFile(layout.snapshotFile(), snapshotText, OutputFile.Kind.SNAPSHOT));
    List<Finding> findings = new ArrayList<>();
    for (Risk risk : migration.risks()) {
      DesignMessage message = switch (risk.kind()) {
        case REWRITES_TABLE -> DesignMessage.TYPE_CHANGE_REWRITES_TABLE;
        case CHECKS_EXISTING_ROWS -> DesignMessage.KEY_CHECKS_EXISTING_ROWS;
        case IDENTITY_WITHOUT_SEQUENCE -> DesignMessage.IDENTITY_DROPPED_WITHOUT_SEQUENCE;
        case DESTROYS_DATA, NEEDS_BACKFILL -> DesignMessage.MIGRATION_RISK;
      };
      findings.add(Finding.warning(subjectOf(risk.operation()), message, migration.source().className(), risk.description()));
    }
    findings.addAll(PendingDropFindings.of(request, snapshot, migration.source().className(), layout.snapshotFile()));
    return new Generation(sources, files, lines, snapshot, migration.risks(), findings);
  }

  /**
   * An empty migration after {@code base}'s head, for a hand-written data migration; the snapshot
   * moves to it with the schema unchanged, so that the next migration follows this one.
   */
  public static Generation emptyRevision(Snapshot base, String message, LocalDateTime now, Layout layout) {
    String summary = message.strip();
    MigrationNames.Name name = MigrationNames.of(now, summary);
    Revision revision = base.headRevision() == null ? Revision.base(name.revisionId(), summary)
        : Revision.of(name.revisionId(), base.headRevision(), summary);
    return single(revision, name, summary, base.model(), base.pendingDrops(), layout);
  }

  /** A merge revision joining {@code parents}, and the snapshot of {@code merged}, the schema they lead to together. */
  public static Generation merge(List<String> parents, SchemaModel merged, String message, LocalDateTime now, Layout layout) {
    String summary = message.strip();
    MigrationNames.Name name = MigrationNames.of(now, summary);
    return single(Revision.merge(name.revisionId(), parents, summary), name, summary, merged, List.of(), layout);
  }

  private static Generation single(Revision revision, MigrationNames.Name name, String summary, SchemaModel model,
      List<dev.retort.snapshot.PendingDrop> pendingDrops, Layout layout) {
    MigrationSource source = new MigrationSource(layout.packageName(), name.className(), revision, summary, List.of(),
        List.of());
    String javaSource = MigrationWriter.render(source);
    Snapshot snapshot = new Snapshot(revision.id(), model, pendingDrops);
    List<OutputFile> files = List.of(
        new OutputFile(layout.source(name.className()), javaSource, OutputFile.Kind.MIGRATION),
        new OutputFile(layout.snapshotFile(), SnapshotFormat.write(snapshot), OutputFile.Kind.SNAPSHOT));
    return new Generation(List.of(source), files, List.of(indexLine(layout, source, javaSource)), snapshot, List.of(),
        List.of());
  }

  private static String indexLine(Layout layout, MigrationSource source, String javaSource) {
    return MigrationIndex.line(layout.qualified(source.className()), source.revision().id(), source.revision().parents(),
        SourceFingerprint.of(javaSource));
  }

  /** The column or table an operation changes, where a finding about it belongs. */
  private static Subject subjectOf(Operation operation) {
    OperationFacts.Facts facts = OperationFacts.of(operation);
    if (facts.column() != null) {
      return new Subject.Column(facts.table(), facts.column());
    }
    return facts.table() != null ? new Subject.Table(facts.table()) : Subject.whole();
  }

  private static String orNone(String revision) {
    return revision == null ? "none" : revision;
  }
}
