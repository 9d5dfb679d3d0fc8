package dev.retort.runtime.internal;

import static dev.retort.render.sql.PostgresIdentifiers.literal;
import static dev.retort.render.sql.PostgresIdentifiers.quote;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Revision;
import dev.retort.model.QualifiedName;
import dev.retort.runtime.AppliedRevision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The history table: one row per applied revision, read in one query. Its format version lives
 * in the table's comment, so that an older Retort refuses a table written by a newer one. The
 * nullable {@code fingerprint} column (the migration's source fingerprint when its checksum was
 * last verified) is an addition older Retorts ignore, so it did not change the format.
 */
public final class HistoryTable {

  /** The format this Retort writes and reads. */
  public static final int FORMAT = 1;

  static final String OPERATION_UPGRADE = "upgrade";
  static final String OPERATION_STAMP = "stamp";

  /** SQLSTATE of a column the query names but the table lacks. */
  private static final String UNDEFINED_COLUMN = "42703";

  private static final String FORMAT_COMMENT = "retort history format ";

  private final QualifiedName name;
  private final String quoted;

  public HistoryTable(QualifiedName name) {
    this.name = name;
    this.quoted = quote(name);
  }

  /** The table's name. */
  public QualifiedName name() {
    return name;
  }

  /** The statements that create the table when it is missing (idempotent, for offline scripts too). */
  public List<String> createStatements() {
    List<String> statements = new ArrayList<>();
    if (name.schema() != null) {
      statements.add("CREATE SCHEMA IF NOT EXISTS " + quote(name.schema()));
    }
    statements.add("CREATE TABLE IF NOT EXISTS " + quoted + " (\n"
        + "    installed_rank integer NOT NULL,\n"
        + "    revision character varying(128) NOT NULL,\n"
        + "    parents text NOT NULL,\n"
        + "    message text NOT NULL,\n"
        + "    checksum character(64) NOT NULL,\n"
        + "    operation character varying(16) NOT NULL,\n"
        + "    applied_at timestamp with time zone NOT NULL DEFAULT now(),\n"
        + "    applied_by text NOT NULL DEFAULT current_user,\n"
        + "    execution_ms bigint NOT NULL,\n"
        + "    success boolean NOT NULL,\n"
        + "    fingerprint character(64),\n"
        + "    CONSTRAINT " + quote(name.name() + "_pk") + " PRIMARY KEY (installed_rank),\n"
        + "    CONSTRAINT " + quote(name.name() + "_revision_uk") + " UNIQUE (revision)\n"
        + ")");
    // A table made before the column existed gets it too (offline scripts run this list as well).
    statements.add("ALTER TABLE " + quoted + " ADD COLUMN IF NOT EXISTS fingerprint character(64)");
    statements.add("COMMENT ON TABLE " + quoted + " IS " + literal("retort history format " + FORMAT));
    return statements;
  }

  /**
   * Creates the table if it is missing, adds the fingerprint column to a table made before it, and
   * refuses one written in a newer format.
   */
  public void ensure(Connection connection) throws SQLException {
    State state = state(connection);
    if (state == null) {
      try (Statement statement = connection.createStatement()) {
        for (String sql : createStatements()) {
          statement.execute(sql);
        }
      }
    } else if (state.format() > FORMAT) {
      throw new RetortException(Message.HISTORY_TOO_NEW, name, state.format(), FORMAT);
    } else if (!state.fingerprinted()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("ALTER TABLE " + quoted + " ADD COLUMN IF NOT EXISTS fingerprint character(64)");
      }
    }
  }

  /** Whether the table exists. */
  public boolean exists(Connection connection) throws SQLException {
    return state(connection) != null;
  }

  /** What the table is: the format in its comment (0 when it has none) and whether it has the fingerprint column. */
  private record State(int format, boolean fingerprinted) {}

  /** The table's state, null when there is no table. */
  private State state(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT obj_description(to_regclass(?), 'pg_class'), to_regclass(?) IS NOT NULL, EXISTS (SELECT 1 FROM"
            + " pg_attribute WHERE attrelid = to_regclass(?) AND attname = 'fingerprint' AND NOT attisdropped)")) {
      statement.setString(1, quoted);
      statement.setString(2, quoted);
      statement.setString(3, quoted);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        if (!rows.getBoolean(2)) {
          return null;
        }
        String comment = rows.getString(1);
        return new State(format(comment), rows.getBoolean(3));
      }
    }
  }

  /** The format a table comment states: {@code retort history format <digits>}, else 0. */
  private static int format(String comment) {
    if (comment == null || !comment.startsWith(FORMAT_COMMENT) || comment.length() == FORMAT_COMMENT.length()
        || comment.length() > FORMAT_COMMENT.length() + 9) {
      return 0;
    }
    for (int i = FORMAT_COMMENT.length(); i < comment.length(); i++) {
      if (comment.charAt(i) < '0' || comment.charAt(i) > '9') {
        return 0;
      }
    }
    return Integer.parseInt(comment.substring(FORMAT_COMMENT.length()));
  }

  /** What verifying a row without loading its migration needs: whether it succeeded, and its source fingerprint. */
  public record Recorded(String revision, boolean success, String fingerprint) {}

  /**
   * The revision, success and fingerprint of every row, in the order applied; null when the table
   * is missing, of another format or without the fingerprint column, which only {@link #ensure}
   * under the migration lock may change.
   */
  public List<Recorded> recorded(Connection connection) throws SQLException {
    State state = state(connection);
    if (state == null || state.format() != FORMAT || !state.fingerprinted()) {
      return null;
    }
    List<Recorded> recorded = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT revision, success, fingerprint FROM " + quoted + " ORDER BY installed_rank")) {
      while (rows.next()) {
        recorded.add(new Recorded(rows.getString(1), rows.getBoolean(2), rows.getString(3)));
      }
    }
    return recorded;
  }

  /** Every row, in the order the revisions were applied; an empty list when there is no table. */
  public List<AppliedRevision> read(Connection connection) throws SQLException {
    List<Row> rows = rows(connection);
    List<AppliedRevision> applied = new ArrayList<>(rows.size());
    for (Row row : rows) {
      applied.add(row.applied());
    }
    return applied;
  }

  /** A history row with the source fingerprint recorded beside it (null when none, or the table has no such column). */
  public record Row(AppliedRevision applied, String fingerprint) {}

  /** Every row with its fingerprint, in the order the revisions were applied; an empty list when there is no table. */
  public List<Row> rows(Connection connection) throws SQLException {
    State state = state(connection);
    if (state == null) {
      return List.of();
    }
    if (state.format() > FORMAT) {
      throw new RetortException(Message.HISTORY_TOO_NEW, name, state.format(), FORMAT);
    }
    List<Row> read = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT installed_rank, revision, parents, message, checksum, operation, applied_at, applied_by,"
                + " execution_ms, success, " + (state.fingerprinted() ? "fingerprint" : "NULL") + " FROM " + quoted
                + " ORDER BY installed_rank")) {
      while (rows.next()) {
        read.add(new Row(readRow(rows), rows.getString(11)));
      }
    } catch (SQLException e) {
      if (UNDEFINED_COLUMN.equals(e.getSQLState())) {
        throw new RetortException(e, Message.HISTORY_TABLE_ALTERED, name, e.getMessage(), quoted, FORMAT);
      }
      throw e;
    }
    return read;
  }

  private AppliedRevision readRow(ResultSet rows) throws SQLException {
    int rank = rows.getInt(1);
    String revision = rows.getString(2);
    String checksum = rows.getString(5);
    String operation = rows.getString(6);
    if (revision == null || revision.isBlank() || checksum == null || !checksum.matches("[0-9a-f]{64}")
        || !(OPERATION_UPGRADE.equals(operation) || OPERATION_STAMP.equals(operation))) {
      throw new RetortException(Message.HISTORY_UNREADABLE, name,
          "installed_rank " + rank + ", revision " + revision + ", checksum " + checksum + ", operation " + operation);
    }
    String parents = rows.getString(3);
    return new AppliedRevision(
        rank,
        revision,
        parents == null || parents.isEmpty() ? List.of() : Arrays.asList(parents.split(",")),
        rows.getString(4),
        checksum,
        operation,
        rows.getObject(7, OffsetDateTime.class),
        rows.getString(8),
        rows.getLong(9),
        rows.getBoolean(10));
  }

  /**
   * Records a revision as applied (or, when {@code success} is false, as failed midway), with the
   * fingerprint of the source its checksum was computed from (null when unknown).
   */
  public void insert(Connection connection, Revision revision, String checksum, String fingerprint, String operation,
      long millis, boolean success) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "INSERT INTO " + quoted + " (installed_rank, revision, parents, message, checksum, operation, execution_ms,"
            + " success, fingerprint) VALUES ((SELECT COALESCE(MAX(installed_rank), 0) + 1 FROM " + quoted
            + "), ?, ?, ?, ?, ?, ?, ?, ?)")) {
      statement.setString(1, revision.id());
      statement.setString(2, String.join(",", revision.parents()));
      statement.setString(3, revision.message());
      statement.setString(4, checksum);
      statement.setString(5, operation);
      statement.setLong(6, millis);
      statement.setBoolean(7, success);
      statement.setString(8, fingerprint);
      statement.executeUpdate();
    }
  }

  /** Records that a revision recorded as failed before it ran has finished after all. */
  public void markSucceeded(Connection connection, String revision, long millis) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "UPDATE " + quoted + " SET success = true, execution_ms = ? WHERE revision = ?")) {
      statement.setLong(1, millis);
      statement.setString(2, revision);
      statement.executeUpdate();
    }
  }

  /** The INSERT of {@link #insert} as literal SQL, for offline scripts. */
  public String insertStatement(Revision revision, String checksum, String fingerprint, String operation) {
    return "INSERT INTO " + quoted + " (installed_rank, revision, parents, message, checksum, operation, execution_ms,"
        + " success, fingerprint) VALUES ((SELECT COALESCE(MAX(installed_rank), 0) + 1 FROM " + quoted + "), "
        + literal(revision.id()) + ", " + literal(String.join(",", revision.parents())) + ", "
        + literal(revision.message()) + ", " + literal(checksum) + ", " + literal(operation) + ", 0, true, "
        + (fingerprint == null ? "NULL" : literal(fingerprint)) + ")";
  }

  /** Forgets a revision, as a downgrade or a stamp below it does. */
  public void delete(Connection connection, String revision) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + quoted + " WHERE revision = ?")) {
      statement.setString(1, revision);
      statement.executeUpdate();
    }
  }

  /** The DELETE of {@link #delete} as literal SQL, for offline scripts. */
  public String deleteStatement(String revision) {
    return "DELETE FROM " + quoted + " WHERE revision = " + literal(revision);
  }

  /** Records a new checksum, and the fingerprint of the source it came from, for an applied revision whose edit was accepted. */
  public void updateChecksum(Connection connection, String revision, String checksum, String fingerprint)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "UPDATE " + quoted + " SET checksum = ?, fingerprint = ? WHERE revision = ?")) {
      statement.setString(1, checksum);
      statement.setString(2, fingerprint);
      statement.setString(3, revision);
      statement.executeUpdate();
    }
  }

  /**
   * Records, for applied revisions whose checksums were just verified by running their migrations,
   * the fingerprints of the sources verified, so that later boots verify them without loading them.
   */
  public void updateFingerprints(Connection connection, Map<String, String> fingerprints) throws SQLException {
    if (fingerprints.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(
        "UPDATE " + quoted + " SET fingerprint = ? WHERE revision = ?")) {
      for (Map.Entry<String, String> entry : fingerprints.entrySet()) {
        statement.setString(1, entry.getValue());
        statement.setString(2, entry.getKey());
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }
}
