package dev.retort.runtime.tooling;

import dev.retort.model.QualifiedName;
import dev.retort.runtime.AppliedRevision;
import dev.retort.runtime.internal.HistoryTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The read side of a database's history table, for tools that hold a connection but no migrations. */
public final class AppliedHistory {

  private AppliedHistory() {}

  /** Every row of {@code table}, in the order the revisions were applied; empty when there is no such table. */
  public static List<AppliedRevision> read(Connection connection, QualifiedName table) throws SQLException {
    return new HistoryTable(table).read(connection);
  }
}
