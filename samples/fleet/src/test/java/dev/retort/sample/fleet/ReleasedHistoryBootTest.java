package dev.retort.sample.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.runtime.MigrationReport;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionInfo;
import dev.retort.runtime.tooling.Checksums;
import dev.retort.runtime.tooling.MigrationIndex;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A database migrated by the first release of Retort boots, unchanged, with this build. The
 * fixture {@code history-written-by-f48b880.tsv} holds the history rows that release (main at
 * commit f48b880, whose checksum encoder read the operation records by reflection) wrote when it
 * applied this sample's committed migrations; each test puts those rows, byte for byte, into the
 * history of a database whose schema the migrations built, and boots it with this build's runtime.
 */
@PostgresTest
class ReleasedHistoryBootTest {

  private static final List<ReleasedRow> RELEASED = ReleasedRow.readFixture();

  private final TestDatabase db;

  ReleasedHistoryBootTest(TestDatabase db) {
    this.db = db;
  }

  /** One history row as the first release wrote it (the columns that do not vary between runs). */
  record ReleasedRow(int installedRank, String revision, String parents, String message, String checksum,
      String operation, boolean success, String fingerprint) {

    static List<ReleasedRow> readFixture() {
      String text;
      try (InputStream in = ReleasedHistoryBootTest.class.getResourceAsStream("history-written-by-f48b880.tsv")) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      List<ReleasedRow> rows = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] field = line.split("\t", -1);
        rows.add(new ReleasedRow(Integer.parseInt(field[0]), field[1], field[2], field[3], field[4], field[5],
            Boolean.parseBoolean(field[6]), field[7].equals("null") ? null : field[7]));
      }
      return List.copyOf(rows);
    }
  }

  @BeforeEach
  void aDatabaseWhoseHistoryTheFirstReleaseWrote() throws SQLException {
    db.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
    // The schema the migrations build (SQL rendering is not what this test is about)...
    Retort.configure().dataSource(db.dataSource()).migrationsFromIndex().migrate();
    // ...with the history rows exactly as the first release wrote them.
    try (Connection connection = db.connect()) {
      connection.createStatement().execute("DELETE FROM retort_history");
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO retort_history (installed_rank, revision,"
          + " parents, message, checksum, operation, execution_ms, success, fingerprint) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
        for (ReleasedRow row : RELEASED) {
          insert.setInt(1, row.installedRank());
          insert.setString(2, row.revision());
          insert.setString(3, row.parents());
          insert.setString(4, row.message());
          insert.setString(5, row.checksum());
          insert.setString(6, row.operation());
          insert.setBoolean(7, row.success());
          insert.setString(8, row.fingerprint());
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }

  @Test
  void thisBuildComputesForEveryCommittedMigrationTheChecksumTheFirstReleaseRecorded() {
    Map<String, String> computed = new LinkedHashMap<>();
    for (Migration migration : MigrationIndex.loadAll(getClass().getClassLoader())) {
      computed.put(migration.revision().id(), Checksums.of(migration));
    }
    Map<String, String> recorded = new LinkedHashMap<>();
    for (ReleasedRow row : RELEASED) {
      recorded.put(row.revision(), row.checksum());
    }
    assertEquals(recorded, computed);
  }

  @Test
  void aDatabaseMigratedByTheFirstReleaseBootsWithNothingToDo() throws SQLException {
    MigrationReport report = Retort.configure().dataSource(db.dataSource()).migrationsFromIndex().migrate();

    assertEquals(List.of(), report.steps());
    assertEquals(RELEASED, recordedRows(), "the boot changed no row");
  }

  @Test
  void aDatabaseMigratedByTheFirstReleaseBootsWhenEveryChecksumIsVerifiedByRunningTheMigrations() throws SQLException {
    // Without fingerprints the boot cannot take the fast path: it runs every upgrade body and
    // compares its checksum with the row's, as after a reformatted migration or a CLI upgrade.
    db.execute("UPDATE retort_history SET fingerprint = NULL");

    MigrationReport report = Retort.configure().dataSource(db.dataSource()).migrationsFromIndex().migrate();

    assertEquals(List.of(), report.steps());
    assertEquals(RELEASED, recordedRows(), "the checksums stand and the fingerprints are back");
  }

  @Test
  void everyRevisionTheFirstReleaseAppliedIsReportedAppliedWithItsChecksumVerified() {
    List<RevisionInfo> info = Retort.configure().dataSource(db.dataSource()).migrationsFromIndex().load().info();

    assertEquals(RELEASED.stream().map(row -> row.revision() + " APPLIED").sorted().toList(),
        info.stream().map(revision -> revision.id() + " " + revision.state()).sorted().toList());
  }

  @Test
  void aRowWhoseChecksumNoLongerMatchesItsMigrationIsStillRefused() throws SQLException {
    // The control that gives the tests above their meaning: the same boot does compare checksums.
    ReleasedRow last = RELEASED.get(RELEASED.size() - 1);
    String altered = (last.checksum().charAt(0) == '0' ? "1" : "0") + last.checksum().substring(1);
    db.execute("UPDATE retort_history SET fingerprint = NULL, checksum = '" + altered + "' WHERE revision = '"
        + last.revision() + "'");

    RetortException error = assertThrows(RetortException.class,
        () -> Retort.configure().dataSource(db.dataSource()).migrationsFromIndex().migrate());

    assertEquals(Message.CHECKSUM_MISMATCH, error.catalogEntry());
  }

  private List<ReleasedRow> recordedRows() throws SQLException {
    return db.query("SELECT installed_rank, revision, parents, message, checksum, operation, success, fingerprint"
        + " FROM retort_history ORDER BY installed_rank", rows -> {
          List<ReleasedRow> result = new ArrayList<>();
          while (rows.next()) {
            result.add(new ReleasedRow(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getBoolean(7), rows.getString(8)));
          }
          return result;
        });
  }
}
