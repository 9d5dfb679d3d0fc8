package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.runtime.tooling.MigrationIndex;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A boot whose applied migrations' sources are unchanged (same fingerprint in the index as in the
 * history) decides that nothing is pending without loading them; anything else takes the locked
 * path, which verifies checksums by running the migrations and refreshes the fingerprints.
 */
@PostgresTest
class UnchangedMigrationsBootTest {

  /** How many migration objects the index has made, across every boot of a test. */
  static final AtomicInteger LOADED = new AtomicInteger();

  public static final class First implements Migration {
    public First() {
      LOADED.incrementAndGet();
    }

    @Override
    public Revision revision() {
      return Revision.base("first", "first");
    }

    @Override
    public void upgrade(Operations op) {
      op.execute("CREATE TABLE t_first (id bigint)");
    }

    @Override
    public void downgrade(Operations op) {
      op.execute("DROP TABLE t_first");
    }
  }

  public static final class Second implements Migration {
    public Second() {
      LOADED.incrementAndGet();
    }

    @Override
    public Revision revision() {
      return Revision.of("second", "first", "second");
    }

    @Override
    public void upgrade(Operations op) {
      op.execute("CREATE TABLE t_second (id bigint)");
    }

    @Override
    public void downgrade(Operations op) {
      op.execute("DROP TABLE t_second");
    }
  }

  /** {@link First} after someone edited what it does. */
  public static final class FirstEdited implements Migration {
    @Override
    public Revision revision() {
      return Revision.base("first", "first");
    }

    @Override
    public void upgrade(Operations op) {
      op.execute("CREATE TABLE t_first (id bigint, added text)");
    }

    @Override
    public void downgrade(Operations op) {
      op.execute("DROP TABLE t_first");
    }
  }

  private static final String FIRST_SOURCE = "a".repeat(64);
  private static final String SECOND_SOURCE = "b".repeat(64);
  private static final String REFORMATTED = "c".repeat(64);

  private final TestDatabase db;
  @TempDir Path dir;

  UnchangedMigrationsBootTest(TestDatabase db) {
    this.db = db;
  }

  @BeforeEach
  void startFromAnEmptyDatabase() throws Exception {
    Catalog.reset(db);
    LOADED.set(0);
  }

  private MigrationReport boot(String firstClass, String firstFingerprint, String secondFingerprint) throws Exception {
    String index = MigrationIndex.HEADER
        + MigrationIndex.line(firstClass, "first", List.of(), firstFingerprint) + "\n"
        + MigrationIndex.line(Second.class.getName(), "second", List.of("first"), secondFingerprint) + "\n";
    Path boot = Files.createTempDirectory(dir, "boot");
    Path file = boot.resolve(MigrationIndex.RESOURCE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, index);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {boot.toUri().toURL()}, getClass().getClassLoader())) {
      return Retort.configure().dataSource(db.dataSource()).migrationsFromIndex(loader).migrate();
    }
  }

  private List<String> recordedFingerprints() throws Exception {
    return Catalog.strings(db, "SELECT revision || '=' || coalesce(fingerprint, 'none') FROM retort_history ORDER BY installed_rank");
  }

  @Test
  void aBootWithEveryRevisionAppliedAndUnchangedLoadsNoMigration() throws Exception {
    boot(First.class.getName(), FIRST_SOURCE, SECOND_SOURCE);
    assertEquals(2, LOADED.get());
    assertEquals(List.of("first=" + FIRST_SOURCE, "second=" + SECOND_SOURCE), recordedFingerprints());

    MigrationReport again = boot(First.class.getName(), FIRST_SOURCE, SECOND_SOURCE);

    assertEquals(2, LOADED.get(), "no migration class was instantiated by the second boot");
    assertEquals(List.of(), again.steps());
    assertEquals("Nothing to do; the database is at second.", again.summary());
  }

  @Test
  void aMigrationWhoseSourceChangedButDoesTheSameIsVerifiedByRunningItAndItsFingerprintRefreshed() throws Exception {
    boot(First.class.getName(), FIRST_SOURCE, SECOND_SOURCE);

    MigrationReport reformatted = boot(First.class.getName(), REFORMATTED, SECOND_SOURCE);
    assertEquals(List.of(), reformatted.steps());
    assertEquals(4, LOADED.get(), "the locked path ran both migrations to verify their checksums");
    assertEquals(List.of("first=" + REFORMATTED, "second=" + SECOND_SOURCE), recordedFingerprints());

    boot(First.class.getName(), REFORMATTED, SECOND_SOURCE);
    assertEquals(4, LOADED.get(), "the refreshed fingerprint spared the third boot from loading them");
  }

  @Test
  void aMigrationEditedAfterItRanIsStillRefusedWithItsChecksums() throws Exception {
    boot(First.class.getName(), FIRST_SOURCE, SECOND_SOURCE);

    RetortException error = assertThrows(RetortException.class,
        () -> boot(FirstEdited.class.getName(), REFORMATTED, SECOND_SOURCE));

    assertEquals(Message.CHECKSUM_MISMATCH, error.catalogEntry());
    assertTrue(error.getMessage().contains("first"), error.getMessage());
    assertEquals(List.of("first=" + FIRST_SOURCE, "second=" + SECOND_SOURCE), recordedFingerprints(),
        "a refused boot records nothing");
  }

  @Test
  void aFailedRowIsReportedEvenWhenEveryFingerprintMatches() throws Exception {
    boot(First.class.getName(), FIRST_SOURCE, SECOND_SOURCE);
    db.execute("UPDATE retort_history SET success = false WHERE revision = 'second'");

    RetortException error = assertThrows(RetortException.class,
        () -> boot(First.class.getName(), FIRST_SOURCE, SECOND_SOURCE));

    assertEquals(Message.FAILED_REVISION_IN_HISTORY, error.catalogEntry());
  }

  @Test
  void anAppliedRevisionUnknownToTheBuildIsReportedEvenWhenEveryFingerprintMatches() throws Exception {
    boot(First.class.getName(), FIRST_SOURCE, SECOND_SOURCE);
    db.execute("INSERT INTO retort_history (installed_rank, revision, parents, message, checksum, operation, execution_ms,"
        + " success, fingerprint) VALUES (3, 'third', 'second', 'from a newer build', '" + "0".repeat(64)
        + "', 'upgrade', 0, true, '" + "d".repeat(64) + "')");

    MigrationReport report = boot(First.class.getName(), FIRST_SOURCE, SECOND_SOURCE);

    assertEquals(List.of(), report.steps());
    assertEquals(List.of("third"), report.notInBuild());
  }

  @Test
  void aHistoryTableMadeBeforeFingerprintsGainsTheColumnAndTheFingerprints() throws Exception {
    boot(First.class.getName(), FIRST_SOURCE, SECOND_SOURCE);
    db.execute("ALTER TABLE retort_history DROP COLUMN fingerprint");

    MigrationReport report = boot(First.class.getName(), FIRST_SOURCE, SECOND_SOURCE);

    assertEquals(List.of(), report.steps());
    assertEquals(List.of("first=" + FIRST_SOURCE, "second=" + SECOND_SOURCE), recordedFingerprints());
  }

  @Test
  void aPendingRevisionIsAppliedAndRecordedWithItsFingerprint() throws Exception {
    Retort.configure().dataSource(db.dataSource()).migrations(new First()).migrate();
    assertEquals(List.of("first=none"), recordedFingerprints(), "migrations given as objects have no fingerprint");

    MigrationReport report = boot(First.class.getName(), FIRST_SOURCE, SECOND_SOURCE);

    assertEquals(List.of("second"), report.revisions());
    assertEquals(List.of("first=" + FIRST_SOURCE, "second=" + SECOND_SOURCE), recordedFingerprints());
  }
}
