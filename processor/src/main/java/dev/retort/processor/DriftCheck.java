package dev.retort.processor;

import dev.retort.live.LiveSchema;
import dev.retort.message.CatalogEntry;
import dev.retort.design.DesignMessage;
import dev.retort.introspect.IntrospectionScope;
import dev.retort.message.Message;
import dev.retort.model.QualifiedName;
import dev.retort.ops.Operation;
import dev.retort.render.java.MigrationWriter;
import dev.retort.runtime.AppliedRevision;
import dev.retort.runtime.tooling.AppliedHistory;
import dev.retort.runtime.tooling.Redaction;
import dev.retort.snapshot.Snapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Compares the snapshot with a live database ({@code -Aretort.jdbcUrl}) and warns about drift,
 * naming each difference (see {@link LiveSchema}). A database that has not applied the snapshot's
 * head yet is not compared: it is behind, not drifted.
 */
final class DriftCheck {

  private final Messager messager;
  private final ProcessorOptions options;

  DriftCheck(Messager messager, ProcessorOptions options) {
    this.messager = messager;
    this.options = options;
  }

  /** Warns about every difference between {@code snapshot} and the configured database. */
  void run(Snapshot snapshot) {
    String url = options.jdbcUrl();
    if (url == null) {
      return;
    }
    Properties credentials = new Properties();
    if (options.jdbcUser() != null) {
      credentials.setProperty("user", options.jdbcUser());
    }
    if (options.jdbcPassword() != null) {
      credentials.setProperty("password", options.jdbcPassword());
    }
    try (Connection connection = new org.postgresql.Driver().connect(url, credentials)) {
      if (connection == null) {
        warn(ProcessorMessage.DRIFT_CHECK_FAILED, url, "it is not a PostgreSQL JDBC URL");
        return;
      }
      String behind = behind(connection, snapshot.headRevision());
      if (behind != null) {
        messager.printMessage(Diagnostic.Kind.NOTE, ProcessorMessage.DRIFT_DATABASE_BEHIND.format(url, behind, snapshot.headRevision()));
        return;
      }
      List<Operation> drift = LiveSchema.drift(connection, snapshot.model());
      for (String difference : MigrationWriter.describe(drift)) {
        warn(DesignMessage.DRIFT_FOUND, url, difference);
      }
    } catch (SQLException | RuntimeException e) {
      warn(ProcessorMessage.DRIFT_CHECK_FAILED, url, e.getMessage());
    }
  }

  /** Null when the database has applied the snapshot's head; otherwise where it is. */
  private static String behind(Connection connection, String head) throws SQLException {
    if (head == null) {
      return null;
    }
    List<AppliedRevision> applied = AppliedHistory.read(connection, QualifiedName.of(IntrospectionScope.DEFAULT_HISTORY_TABLE));
    boolean hasHead = applied.stream().anyMatch(row -> row.revision().equals(head) && row.success());
    if (hasHead) {
      return null;
    }
    return applied.isEmpty() ? "no revision" : "revision " + applied.get(applied.size() - 1).revision();
  }

  private void warn(CatalogEntry message, String url, String detail) {
    messager.printMessage(Diagnostic.Kind.WARNING, message.format(sanitize(url), detail));
  }

  private String sanitize(String url) {
    return Redaction.of(url, options.jdbcPassword());
  }
}
