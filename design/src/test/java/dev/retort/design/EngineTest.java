package dev.retort.design;

import static dev.retort.migration.Definitions.bigint;
import static dev.retort.migration.Definitions.column;
import static dev.retort.migration.Definitions.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.autogenerate.Autogenerate;
import dev.retort.compare.RenameHints;
import dev.retort.evolution.ModelEvolution;
import dev.retort.migration.Operations;
import dev.retort.model.QualifiedName;
import dev.retort.model.SchemaModel;
import dev.retort.runtime.tooling.SourceFingerprint;
import dev.retort.snapshot.Snapshot;
import dev.retort.snapshot.SnapshotFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 9, 30);
  private static final String PACKAGE = "com.acme.fleet.migrations";
  private static final Consumer<Operations> DRIVERS = op -> op.createTable("drivers", t -> t
      .column(column("id", bigint()).generatedAsIdentity())
      .column(column("name", varchar(100)).notNull())
      .primaryKey("drivers_pkey", "id"));

  @TempDir
  Path directory;

  private static SchemaModel model(Consumer<Operations> body) {
    return ModelEvolution.apply(SchemaModel.empty(), Operations.recordedBy(body));
  }

  private Engine.Layout layout() {
    return new Engine.Layout(directory, PACKAGE, directory.resolve("retort.snapshot"));
  }

  @Test
  void twoHeadsAreRefusedWithTheMergeMessageOnTheNewerHead() {
    List<KnownRevision> history = List.of(new KnownRevision("r1", List.of()),
        new KnownRevision("r2_color", List.of("r1")), new KnownRevision("r2_tires", List.of("r1")));

    Engine.Head head = Engine.head(history, new Snapshot("r2_color", model(DRIVERS)), layout().snapshotFile());

    Finding finding = assertInstanceOf(Engine.Head.Refused.class, head).finding();
    assertEquals(DesignMessage.MIGRATION_BRANCHES_NOT_MERGED, finding.message());
    assertEquals(Finding.Severity.ERROR, finding.severity());
    assertEquals(new Subject.Revision("r2_tires"), finding.subject());
    assertTrue(finding.text().contains("r2_color, r2_tires"), finding.text());
    assertTrue(finding.asException().getMessage().startsWith("RTR-1013"), finding.asException().getMessage());
  }

  @Test
  void aHandWrittenRevisionAfterTheSnapshotsHeadIsWhereTheNextMigrationGoes() {
    List<KnownRevision> history = List.of(new KnownRevision("r1", List.of()), new KnownRevision("r2_data", List.of("r1")));

    Engine.Head head = Engine.head(history, new Snapshot("r1", model(DRIVERS)), layout().snapshotFile());

    assertEquals(new Snapshot("r2_data", model(DRIVERS)), assertInstanceOf(Engine.Head.At.class, head).snapshot());
  }

  @Test
  void aSnapshotFromAnotherHistoryIsRefusedNamingBothHeads() {
    List<KnownRevision> history = List.of(new KnownRevision("r1", List.of()));

    Engine.Head head = Engine.head(history, new Snapshot("elsewhere", model(DRIVERS)), layout().snapshotFile());

    Finding finding = assertInstanceOf(Engine.Head.Refused.class, head).finding();
    assertEquals(DesignMessage.SNAPSHOT_HEAD_NOT_IN_HISTORY, finding.message());
    assertEquals(new Subject.Revision("r1"), finding.subject());
    assertTrue(finding.text().contains("elsewhere") && finding.text().contains("r1"), finding.text());
  }

  @Test
  void aChangeComesAsTheMigrationFileThenTheSnapshotWithItsIndexLineAndRiskOnTheColumn() {
    SchemaModel before = model(DRIVERS);
    SchemaModel after = model(DRIVERS.andThen(op -> op.addColumn("drivers", column("badge", varchar(20)).notNull())));

    Engine.Generation generation = Engine.autogenerate(new Autogenerate.Request(after, new Snapshot("r1", before),
        RenameHints.none(), PACKAGE, NOW, null, Set.of("r1"), false), layout(), null);

    assertEquals(1, generation.migrations().size());
    String className = generation.head().className();
    assertEquals(List.of(OutputFile.Kind.MIGRATION, OutputFile.Kind.SNAPSHOT),
        generation.files().stream().map(OutputFile::kind).toList());
    OutputFile source = generation.files().get(0);
    assertEquals(directory.resolve(className + ".java"), source.path());
    assertEquals(generation.headFile(), source.path());
    String revision = generation.head().revision().id();
    assertEquals(List.of(PACKAGE + "." + className + " " + revision + " r1 " + SourceFingerprint.of(source.text())),
        generation.indexLines());
    assertEquals(SnapshotFormat.write(new Snapshot(revision, after)), generation.files().get(1).text());
    assertEquals(new Snapshot(revision, after), generation.snapshot());
    Finding risk = generation.findings().get(0);
    assertEquals(DesignMessage.MIGRATION_RISK, risk.message());
    assertEquals(new Subject.Column(QualifiedName.of("drivers"), "badge"), risk.subject());
  }

  @Test
  void entitiesThatMatchTheSnapshotGiveNoFileAndKeepTheSnapshot() {
    Snapshot committed = new Snapshot("r1", model(DRIVERS));

    Engine.Generation generation = Engine.autogenerate(new Autogenerate.Request(model(DRIVERS), committed,
        RenameHints.none(), PACKAGE, NOW, null, Set.of("r1")), layout(), null);

    assertTrue(generation.upToDate());
    assertEquals(List.of(), generation.files());
    assertEquals(committed, generation.snapshot());
  }

  @Test
  void aMergeRevisionFollowsEveryParentAndRecordsTheMergedSchema() {
    Engine.Generation generation = Engine.merge(List.of("r2_color", "r2_tires"), model(DRIVERS), " merge heads ", NOW,
        layout());

    assertEquals(List.of("r2_color", "r2_tires"), generation.head().revision().parents());
    assertEquals("merge heads", generation.head().revision().message());
    assertEquals(generation.head().revision().id(), generation.snapshot().headRevision());
    assertEquals(model(DRIVERS), generation.snapshot().model());
  }

  @Test
  void filesAreWrittenMigrationFirstAndAnExistingMigrationIsNeverReplaced() throws Exception {
    Snapshot base = new Snapshot("r1", model(DRIVERS));
    Engine.Generation generation = Engine.emptyRevision(base, "backfill badges", NOW, layout());

    OutputFiles.write(generation.files());
    assertEquals(generation.files().get(0).text(), Files.readString(generation.headFile(), StandardCharsets.UTF_8));
    assertTrue(Files.readString(layout().snapshotFile()).contains("head " + generation.head().revision().id()));

    OutputFiles.Failure failure = assertThrows(OutputFiles.Failure.class, () -> OutputFiles.write(generation.files()));
    assertTrue(failure.exists());
    assertEquals(generation.headFile(), failure.path());
  }
}
