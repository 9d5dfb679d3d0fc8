package dev.retort.runtime.internal;

import dev.retort.ops.OperationFacts;
import dev.retort.runtime.tooling.Checksums;
import dev.retort.runtime.tooling.RevisionGraph;
import dev.retort.runtime.tooling.Planner;
import dev.retort.runtime.tooling.ConnectionSource;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.ops.Operation;
import dev.retort.render.sql.PostgresIdentifiers;
import dev.retort.render.sql.PostgresSqlRenderer;
import dev.retort.runtime.AppliedRevision;
import dev.retort.runtime.Durations;
import dev.retort.runtime.FutureRevisionPolicy;
import dev.retort.runtime.LockWaitPolicy;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.MigrationReport;
import dev.retort.runtime.MigrationReport.Direction;
import dev.retort.runtime.RevisionInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs upgrades, downgrades and stamps against a live database under the migration lock: reads
 * the history in one query, verifies it against the code, then runs each revision in its own
 * transaction (or in autocommit when the revision says so). An upgrade to head that finds nothing
 * to do returns before taking the lock, without loading any migration whose source is unchanged.
 * Each revision's statements wait for locks at most its lock wait timeout; one that waited longer is
 * rolled back and tried again, as the {@link LockWaitPolicy} says.
 */
public final class Migrator {

  private static final Logger LOG = LoggerFactory.getLogger("dev.retort");

  /** Settings the migrator needs from the public builder. */
  public record Settings(
      HistoryTable history,
      Duration lockTimeout,
      FutureRevisionPolicy futureRevisions,
      Set<String> acceptedChecksumChanges,
      MigrationListener listener,
      LockWaitPolicy lockWaits) {}

  private final RevisionGraph graph;
  private final Planner planner;
  private final ConnectionSource connections;
  private final Settings settings;
  private PostgresSqlRenderer renderer;
  private final Map<String, String> checksums = new HashMap<>();
  /** Watches lock waits during the locked run under way; null outside one. */
  private LockWaitProbe probe;
  /** The server process of the migrating connection of the run under way; 0 until read. */
  private int backendPid;
  /** The revisions of the run under way recorded as failed that an upgrade resumes (see {@link Resumption}). */
  private final Set<String> resuming = new HashSet<>();

  public Migrator(RevisionGraph graph, ConnectionSource connections, Settings settings) {
    this.graph = graph;
    this.planner = new Planner(graph);
    this.connections = connections;
    this.settings = settings;
  }

  /** Applies what {@code target} needs (head, +N or a revision). */
  public MigrationReport upgrade(String target) {
    if ("head".equals(target) || "heads".equals(target)) {
      MigrationReport upToDate = upToDate(System.nanoTime());
      if (upToDate != null) {
        return upToDate;
      }
    }
    return underLock(Direction.UPGRADE, (connection, applied, future, steps) -> {
      List<String> plan = planner.upgrade(target, applied);
      if (!future.isEmpty()) {
        if (!plan.isEmpty()) {
          throw new RetortException(Message.FUTURE_REVISIONS_OUT_OF_ORDER, String.join(", ", plan),
              String.join(", ", future), String.join(", ", future));
        }
        LOG.warn(Message.FUTURE_REVISIONS_IGNORED.format(connections.describe(), future.size(), String.join(", ", future)));
      }
      for (int i = 0; i < plan.size(); i++) {
        Migration migration = graph.migration(plan.get(i));
        steps.add(run(connection, migration, Direction.UPGRADE, i + 1, plan.size()));
        applied.add(plan.get(i));
      }
    });
  }

  /**
   * The report of an upgrade to head with nothing to do, decided in one read of the history,
   * without the lock and without loading a migration: every row succeeded, names a revision of the
   * code and carries the fingerprint of that migration's current source, and every revision of the
   * code has a row. A matching fingerprint means the source is the one whose checksum was verified
   * when the row was written (or last refreshed), so running the migration again to recompute its
   * checksum would prove nothing new. Null when anything else holds: the locked path then decides,
   * verifying checksums by running the migrations, and reports what is wrong. Reading without the
   * lock is safe because nothing is written; a migrator running beside this one only adds rows.
   */
  private MigrationReport upToDate(long started) {
    for (String id : graph.order()) {
      if (graph.fingerprint(id) == null) {
        // Migrations given as objects (the CLI, tests) have none: no row could match, so no read.
        return null;
      }
    }
    List<HistoryTable.Recorded> rows;
    try (Connection connection = connections.open()) {
      rows = settings.history().recorded(connection);
    } catch (SQLException e) {
      return null;
    }
    if (rows == null) {
      return null;
    }
    Set<String> applied = new HashSet<>();
    for (HistoryTable.Recorded row : rows) {
      if (!row.success() || !graph.contains(row.revision()) || row.fingerprint() == null
          || !row.fingerprint().equals(graph.fingerprint(row.revision()))) {
        return null;
      }
      applied.add(row.revision());
    }
    if (applied.size() != graph.order().size()) {
      return null;
    }
    List<String> heads = graph.heads();
    MigrationReport report = new MigrationReport(Direction.UPGRADE, List.of(), heads, heads,
        Duration.ofNanos(System.nanoTime() - started));
    LOG.info(report.summary());
    return report;
  }

  /** Undoes what {@code target} needs (base, -N or a revision). */
  public MigrationReport downgrade(String target) {
    return underLock(Direction.DOWNGRADE, (connection, applied, future, steps) -> {
      List<String> plan = planner.downgrade(target, applied);
      for (int i = 0; i < plan.size(); i++) {
        Migration migration = graph.migration(plan.get(i));
        steps.add(run(connection, migration, Direction.DOWNGRADE, i + 1, plan.size()));
        applied.remove(plan.get(i));
      }
    });
  }

  /** Records the database as being at {@code target} (base, head or a revision) without running anything. */
  public MigrationReport stamp(String target) {
    return underLock(Direction.STAMP, (connection, applied, future, steps) -> {
      Set<String> wanted = planner.stamped(target);
      List<String> forget = new ArrayList<>(graph.inOrder(applied));
      forget.removeIf(wanted::contains);
      List<String> record = new ArrayList<>(graph.inOrder(wanted));
      record.removeIf(applied::contains);
      connection.setAutoCommit(false);
      boolean committed = false;
      try {
        for (int i = forget.size() - 1; i >= 0; i--) {
          settings.history().delete(connection, forget.get(i));
        }
        for (String id : record) {
          Revision revision = graph.migration(id).revision();
          settings.history().insert(connection, revision, checksum(id), graph.fingerprint(id), HistoryTable.OPERATION_STAMP,
              0, true);
        }
        connection.commit();
        committed = true;
      } finally {
        if (!committed) {
          rollbackQuietly(connection);
        }
        restoreAutoCommit(connection, committed);
      }
      for (String id : forget) {
        steps.add(new MigrationReport.Step(id, graph.migration(id).revision().message(), Duration.ZERO));
      }
      for (String id : record) {
        steps.add(new MigrationReport.Step(id, graph.migration(id).revision().message(), Duration.ZERO));
      }
      applied.removeAll(forget);
      applied.addAll(record);
    });
  }

  /** The history rows, in the order they were applied; no lock is taken and nothing is created. */
  public List<AppliedRevision> history() {
    try (Connection connection = connections.open()) {
      return settings.history().read(connection);
    } catch (SQLException e) {
      throw new RetortException(e, Message.DATABASE_ERROR, "reading " + settings.history().name(), e.getMessage());
    }
  }

  /** Every revision of the code and of the database, with its state; code revisions in order, then unknown ones. */
  public List<RevisionInfo> info() {
    Map<String, AppliedRevision> rows = new HashMap<>();
    List<AppliedRevision> history = history();
    history.forEach(row -> rows.put(row.revision(), row));
    List<RevisionInfo> infos = new ArrayList<>();
    for (String id : graph.order()) {
      Revision revision = graph.migration(id).revision();
      AppliedRevision row = rows.get(id);
      RevisionInfo.State state;
      if (row == null) {
        state = RevisionInfo.State.PENDING;
      } else if (!row.success()) {
        state = RevisionInfo.State.FAILED;
      } else if (!row.checksum().equals(checksum(id))) {
        state = RevisionInfo.State.CHECKSUM_MISMATCH;
      } else if (HistoryTable.OPERATION_STAMP.equals(row.operation())) {
        state = RevisionInfo.State.STAMPED;
      } else {
        state = RevisionInfo.State.APPLIED;
      }
      infos.add(new RevisionInfo(revision, row, state));
    }
    for (AppliedRevision row : history) {
      if (!graph.contains(row.revision())) {
        infos.add(new RevisionInfo(null, row, RevisionInfo.State.UNKNOWN));
      }
    }
    return infos;
  }

  /** The checksum of a revision's migration, computed once. */
  public String checksum(String id) {
    return checksums.computeIfAbsent(id, key -> Checksums.of(graph.migration(key)));
  }

  @FunctionalInterface
  private interface LockedWork {
    void run(Connection connection, Set<String> applied, List<String> future, List<MigrationReport.Step> steps)
        throws SQLException;
  }

  private MigrationReport underLock(Direction direction, LockedWork work) {
    long started = System.nanoTime();
    Connection lockConnection = connections.open();
    // Read now, while the connection is open, for a message about a missing privilege (no round trip).
    String role = PrivilegeAdvice.role(lockConnection);
    try (AdvisoryLock lock = AdvisoryLock.acquire(lockConnection, lockScope(lockConnection), settings.lockTimeout(),
            settings.listener()::waitingForLock);
        Connection connection = connections.open();
        LockWaitProbe lockWaitProbe = new LockWaitProbe(connections)) {
      probe = lockWaitProbe;
      backendPid = 0;
      resuming.clear();
      settings.history().ensure(connection);
      // A stamp is how a damaged history is repaired, so it alone may start from one that lacks a parent.
      List<String> future = new ArrayList<>();
      Set<String> applied = verifiedApplied(connection, direction, future);
      if (!future.isEmpty() && direction != Direction.UPGRADE) {
        // Undoing or re-recording this build's revisions under a newer build's would leave those on a schema they do not fit.
        throw new RetortException(Message.FUTURE_REVISIONS_BLOCK, direction == Direction.DOWNGRADE ? "downgrade" : "stamp",
            String.join(", ", future));
      }
      List<String> before = graph.currentHeads(applied);
      List<MigrationReport.Step> steps = new ArrayList<>();
      work.run(connection, applied, future, steps);
      // A stamp's steps that were applied before it are the rows it removed.
      List<String> unstamped = direction != Direction.STAMP ? List.of()
          : steps.stream().map(MigrationReport.Step::revision).filter(id -> !applied.contains(id)).toList();
      MigrationReport report = new MigrationReport(direction, steps, before, graph.currentHeads(applied),
          Duration.ofNanos(System.nanoTime() - started), future, unstamped);
      LOG.info(report.summary());
      return report;
    } catch (SQLException e) {
      closeQuietly(lockConnection);
      if (PrivilegeAdvice.applies(e)) {
        PrivilegeAdvice.Advice advice = PrivilegeAdvice.of(e.getMessage(), null, role);
        throw new RetortException(e, Message.HISTORY_PRIVILEGE_MISSING, settings.history().name(), role,
            advice.privilege(), advice.kind(), advice.object(), e.getMessage(), advice.fix());
      }
      throw new RetortException(e, Message.DATABASE_ERROR, "the migration bookkeeping on " + connections.describe(),
          e.getMessage());
    } catch (RuntimeException e) {
      closeQuietly(lockConnection);
      throw e;
    }
  }

  private String lockScope(Connection connection) throws SQLException {
    String schema = settings.history().name().schema();
    if (schema == null) {
      try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT current_schema()")) {
        rows.next();
        schema = rows.getString(1);
      }
    }
    return schema + "." + settings.history().name().name();
  }

  /**
   * Reads the history and checks it against the code, running the migrations to compare checksums;
   * returns the applied revisions the code knows, and adds those it does not know to {@code future}
   * (or refuses them, as the policy says). Records the source fingerprints of the revisions
   * it verified where the history lacks them or holds older ones, so that the next boot need not
   * run them again.
   */
  private Set<String> verifiedApplied(Connection connection, Direction direction, List<String> future)
      throws SQLException {
    boolean requireParents = direction != Direction.STAMP;
    Set<String> applied = new LinkedHashSet<>();
    Map<String, String> refreshed = new LinkedHashMap<>();
    for (HistoryTable.Row read : settings.history().rows(connection)) {
      AppliedRevision row = read.applied();
      String recordedFingerprint = read.fingerprint();
      if (!row.success()) {
        if (direction == Direction.UPGRADE && resumable(connection, row.revision())) {
          // Not applied: the upgrade plans it again and finishes what the failed run left.
          resuming.add(row.revision());
          continue;
        }
        throw failedRevision(connection, row.revision());
      }
      if (!graph.contains(row.revision())) {
        if (settings.futureRevisions() == FutureRevisionPolicy.FAIL) {
          throw new RetortException(Message.UNKNOWN_APPLIED_REVISION, row.revision(), row.revision());
        }
        future.add(row.revision());
        continue;
      }
      String expected = checksum(row.revision());
      if (!row.checksum().equals(expected)) {
        if (!settings.acceptedChecksumChanges().contains(row.revision())) {
          throw new RetortException(Message.CHECKSUM_MISMATCH, row.revision(), row.checksum(), expected, row.revision());
        }
        LOG.warn("Revision {} was edited after it was applied; recording its new checksum as accepted.", row.revision());
        settings.history().updateChecksum(connection, row.revision(), expected, graph.fingerprint(row.revision()));
        recordedFingerprint = graph.fingerprint(row.revision());
      }
      String fingerprint = graph.fingerprint(row.revision());
      if (fingerprint != null && !fingerprint.equals(recordedFingerprint)) {
        refreshed.put(row.revision(), fingerprint);
      }
      applied.add(row.revision());
    }
    settings.history().updateFingerprints(connection, refreshed);
    // Upgrades record parents first and downgrades forget children first, so a revision whose
    // parent has no row means someone edited the history; planning on it would re-run the parent.
    for (String id : requireParents ? applied : Set.<String>of()) {
      for (String parent : graph.migration(id).revision().parents()) {
        if (!applied.contains(parent)) {
          throw new RetortException(Message.HISTORY_MISSING_PARENT, settings.history().name(), id, parent, parent);
        }
      }
    }
    return applied;
  }

  /**
   * Whether the revision {@code id}, recorded as failed, is one the upgrade can finish: its upgrade
   * is made only of online forms, whose finished parts the catalog shows, and it left no INVALID index.
   */
  private boolean resumable(Connection connection, String id) throws SQLException {
    if (!graph.contains(id) || graph.migration(id).revision().transactional()) {
      return false;
    }
    List<Operation> operations = Operations.recordedBy(graph.migration(id)::upgrade);
    return Resumption.resumable(operations)
        && InvalidIndexes.among(connection, InvalidIndexes.builtConcurrently(operations)).isEmpty();
  }

  /** The error for a revision recorded as failed, naming the INVALID indexes it left behind, if any. */
  private RetortException failedRevision(Connection connection, String id) throws SQLException {
    List<String> indexes = graph.contains(id) ? InvalidIndexes.builtConcurrently(graph.migration(id)) : List.of();
    List<String> invalid = InvalidIndexes.among(connection, indexes);
    if (invalid.isEmpty()) {
      if (InvalidIndexes.allValid(connection, indexes)) {
        return new RetortException(Message.FAILED_REVISION_INDEXES_COMPLETE, id, String.join(", ", indexes),
            "UPDATE " + PostgresIdentifiers.quote(settings.history().name()) + " SET success = true WHERE revision = "
                + PostgresIdentifiers.literal(id) + ";", id);
      }
      return new RetortException(Message.FAILED_REVISION_IN_HISTORY, id, id, settings.history().name());
    }
    String drops = invalid.stream().map(name -> "DROP INDEX CONCURRENTLY " + name + ";").collect(Collectors.joining(" "));
    return new RetortException(Message.FAILED_REVISION_LEFT_INVALID_INDEX, id, String.join(", ", invalid), drops,
        settings.history().deleteStatement(id) + ";", id);
  }

  /** Refuses to build an index concurrently over an INVALID one of the same name, which a retry would trip over. */
  private static void refuseInvalidIndexes(Connection connection, Migration migration) throws SQLException {
    List<String> invalid = InvalidIndexes.among(connection, InvalidIndexes.builtConcurrently(migration));
    if (!invalid.isEmpty()) {
      throw new RetortException(Message.INVALID_INDEX_IN_THE_WAY, migration.revision().id(), invalid.get(0),
          invalid.get(0));
    }
  }

  private MigrationReport.Step run(Connection connection, Migration migration, Direction direction, int index, int total)
      throws SQLException {
    Revision revision = migration.revision();
    List<Operation> operations = Operations.recordedBy(direction == Direction.UPGRADE ? migration::upgrade : migration::downgrade);
    if (direction == Direction.UPGRADE) {
      // The checksum of the operations about to run, rather than of a second run of the body.
      checksums.putIfAbsent(revision.id(), Checksums.of(revision.parents(), revision.transactional(), operations));
    }
    requireTransactionMode(revision, operations);
    // Rendered before anything runs, so that an invalid name fails the revision before it starts.
    List<PlannedStep> statements = render(operations);
    settings.listener().starting(revision.id(), revision.message(), index, total);
    LOG.info("{} {} ({}/{}): {}", direction == Direction.UPGRADE ? "Applying" : "Undoing", revision.id(), index, total,
        revision.message());
    long started = System.nanoTime();
    Duration lockWait = revision.lockWaitTimeout() != null ? revision.lockWaitTimeout() : settings.lockWaits().lockWaitTimeout();
    int retries = settings.lockWaits().lockRetries();
    for (int attempt = 1; ; attempt++) {
      StepFailure lockWaitFailure;
      String waitedFor;
      // A retry after a lock wait that stopped a revision midway finishes it, as a boot after a failure does.
      boolean resume = resuming.contains(revision.id()) || attempt > 1;
      try (LockWaitProbe.Watch watch = probe.watch(backendPid(connection), lockWait.dividedBy(2))) {
        lockWaitFailure = revision.transactional()
            ? runInTransaction(connection, revision, direction, statements, lockWait, index < total, started)
            : runInAutocommit(connection, migration, direction, operations, statements, lockWait, started, resume);
        waitedFor = watch.waitedFor();
      }
      if (lockWaitFailure == null) {
        break;
      }
      if (attempt > retries && lockWaitFailure.stoppedMidway()) {
        throw new RetortException(lockWaitFailure.getCause(), Message.ONLINE_MIGRATION_STOPPED, revision.id(),
            revision.message(), lockWaitFailure.statement(), lockWaitFailure.serverMessage());
      }
      if (attempt > retries) {
        throw new RetortException(lockWaitFailure.getCause(), Message.LOCK_WAIT_EXHAUSTED, revision.id(),
            revision.message(), Durations.format(lockWait), attempt, waitedFor, lockWaitFailure.statement());
      }
      Duration backoff = LockWaitPolicy.backoff(attempt);
      LOG.warn(Message.LOCK_WAIT_RETRYING.format(revision.id(), revision.message(), Durations.format(lockWait), waitedFor,
          attempt, retries, Durations.format(backoff), lockWaitFailure.statement()));
      settings.listener().retrying(revision.id(), attempt, retries, backoff, waitedFor);
      pause(backoff);
    }
    MigrationReport.Step step = new MigrationReport.Step(revision.id(), revision.message(), Duration.ofNanos(System.nanoTime() - started));
    settings.listener().finished(step, index, total);
    return step;
  }

  /**
   * Runs a revision in one transaction; returns the failure when a statement could not get its lock
   * in time (the transaction is rolled back, so nothing of the revision is left and it may run
   * again), and throws for any other failure.
   */
  private StepFailure runInTransaction(Connection connection, Revision revision, Direction direction,
      List<PlannedStep> statements, Duration lockWait, boolean deferFlush, long started) throws SQLException {
    connection.setAutoCommit(false);
    boolean committed = false;
    try {
      limitTransaction(connection, lockWait, deferFlush);
      execute(connection, statements);
      record(connection, revision, direction, millisSince(started), true);
      connection.commit();
      committed = true;
      return null;
    } catch (StepFailure failure) {
      if (failure.lockNotAvailable()) {
        return failure;
      }
      throw failed(connection, revision, failure, Message.MIGRATION_FAILED, "was rolled back");
    } finally {
      if (!committed) {
        rollbackQuietly(connection);
      }
      // Only after the rollback: switching autocommit on inside a transaction would commit it.
      restoreAutoCommit(connection, committed);
    }
  }

  /**
   * Runs a non-transactional revision in autocommit, each statement on its own. Returns the failure
   * when a statement could not get its lock in time and the revision may run again: either nothing
   * ran (the first statement failed, and it is SQL, not a Java step that may have committed work
   * before failing) or the revision is made of online forms that a run resumes (see
   * {@link Resumption}); and no index it builds concurrently was left INVALID. Its failed history
   * row is then deleted if nothing of it is applied, and kept otherwise (the failure marked
   * {@link StepFailure#midway()}), so that a run after the last retry resumes it. Any other failure
   * stops the revision midway: the statements before it stay applied and it is recorded as failed;
   * an upgrade of online forms resumes at the next run.
   *
   * <p>Every statement waits for its lock at most {@code lockWait}, but for a concurrent index build
   * or drop, which waits for older transactions without making the application's queries queue
   * behind it, and which leaves an INVALID index when it times out: it waits as long as it must,
   * unless the revision itself sets a lock wait.
   */
  private StepFailure runInAutocommit(Connection connection, Migration migration, Direction direction,
      List<Operation> operations, List<PlannedStep> statements, Duration lockWait, long started, boolean resume)
      throws SQLException {
    Revision revision = migration.revision();
    boolean resumable = direction == Direction.UPGRADE && Resumption.resumable(operations);
    String[] previous = limitSession(connection, lockWait);
    String boundedWait = millis(lockWait);
    String concurrentWait = revision.lockWaitTimeout() == null ? PostgresIdentifiers.literal(previous[0]) : boundedWait;
    try {
      List<PlannedStep> steps = statements;
      if (direction == Direction.UPGRADE) {
        refuseInvalidIndexes(connection, migration);
        if (resume && resumable) {
          steps = planned(Resumption.remaining(connection, operations, renderer()));
          LOG.info("Resuming revision {} ({}): {} of its {} statements remain after what an earlier run finished",
              revision.id(), revision.message(), steps.size(), statements.size());
        }
        // Recorded as failed before its first statement and as succeeded after its last: a run
        // that dies in between (killed, or its session ended) leaves a row that the next boot
        // reports (or, for online forms, resumes from), instead of no row and a retry that trips over what ran.
        if (resume) {
          settings.history().delete(connection, revision.id());
        }
        record(connection, revision, direction, 0, false);
      }
      String wait = boundedWait;
      for (int i = 0; i < steps.size(); i++) {
        PlannedStep step = steps.get(i);
        String wanted = step.waitsForOlderTransactions() ? concurrentWait : boundedWait;
        try {
          if (!wanted.equals(wait)) {
            setLockTimeout(connection, wanted);
            wait = wanted;
          }
          executeStep(connection, step, i);
        } catch (StepFailure failure) {
          // Nothing of the revision is applied when its first statement failed and no earlier run finished a part.
          boolean nothingApplied = failure.index() == 0 && step.java() == null && steps.equals(statements);
          boolean runsAgain = (failure.lockNotAvailable() || resumable) && noInvalidIndexLeft(connection, operations);
          if (runsAgain && failure.lockNotAvailable() && nothingApplied) {
            if (direction == Direction.UPGRADE) {
              settings.history().delete(connection, revision.id());
            }
            return failure;
          }
          if (runsAgain && failure.lockNotAvailable() && resumable) {
            // Its row stays recorded as failed, so that a run after the last retry resumes it too.
            return failure.midway();
          }
          throw failed(connection, revision, failure,
              runsAgain && resumable ? Message.ONLINE_MIGRATION_STOPPED : Message.NON_TRANSACTIONAL_MIGRATION_FAILED,
              "stopped midway and is recorded as failed");
        }
      }
      if (direction == Direction.UPGRADE) {
        settings.history().markSucceeded(connection, revision.id(), millisSince(started));
      } else {
        record(connection, revision, direction, millisSince(started), true);
      }
      return null;
    } finally {
      restoreSession(connection, previous);
    }
  }

  /**
   * Whether none of the indexes {@code operations} build concurrently was left INVALID; false when
   * the connection can no longer tell (its session was ended), since a retry could then trip over one.
   */
  private static boolean noInvalidIndexLeft(Connection connection, List<Operation> operations) {
    try {
      return InvalidIndexes.among(connection, InvalidIndexes.builtConcurrently(operations)).isEmpty();
    } catch (SQLException e) {
      return false;
    }
  }

  private static void setLockTimeout(Connection connection, String value) throws StepFailure {
    String sql = "SET lock_timeout = " + value;
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new StepFailure(sql, e);
    }
  }

  /** Sets the revision's lock wait, statement timeout and (see {@link #DEFER_FLUSH}) commit mode for its transaction. */
  private void limitTransaction(Connection connection, Duration lockWait, boolean deferFlush) throws StepFailure {
    List<String> limits = new ArrayList<>();
    limits.add("SET LOCAL lock_timeout = " + millis(lockWait));
    settings.lockWaits().statementTimeoutIfSet()
        .ifPresent(timeout -> limits.add("SET LOCAL statement_timeout = " + millis(timeout)));
    if (deferFlush) {
      limits.add(DEFER_FLUSH);
    }
    // One round trip for all of them: a run of many small revisions pays it once per revision.
    String sql = String.join("; ", limits);
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new StepFailure(sql, e);
    }
  }

  /**
   * Sets the lock wait and statement timeout for the session, for a revision in
   * autocommit, and returns what they were. They are put back afterwards because the connection may be a pool's,
   * and the application's queries on it must not inherit the migration's limits.
   */
  private String[] limitSession(Connection connection, Duration lockWait) throws SQLException {
    String[] previous = new String[2];
    try (Statement statement = connection.createStatement()) {
      try (ResultSet row = statement.executeQuery(
          "SELECT current_setting('lock_timeout'), current_setting('statement_timeout')")) {
        row.next();
        previous[0] = row.getString(1);
        previous[1] = row.getString(2);
      }
      statement.execute("SET lock_timeout = " + millis(lockWait));
      if (settings.lockWaits().statementTimeout() != null) {
        statement.execute("SET statement_timeout = " + millis(settings.lockWaits().statementTimeout()));
      }
    }
    return previous;
  }

  private static void restoreSession(Connection connection, String[] previous) {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT set_config('lock_timeout', ?, false), set_config('statement_timeout', ?, false)")) {
      statement.setString(1, previous[0]);
      statement.setString(2, previous[1]);
      statement.execute();
    } catch (SQLException ignored) {
      // The connection is broken; it goes back to no pool in that state, and the revision's own error matters more.
    }
  }

  /** A duration as a PostgreSQL setting in milliseconds, at most the largest the server accepts. */
  private static String millis(Duration duration) {
    return "'" + Math.min(Math.max(duration.toMillis(), 1), Integer.MAX_VALUE) + "ms'";
  }

  /** The server process id of {@code connection}, read once per locked run, for the lock-wait probe. */
  private int backendPid(Connection connection) throws SQLException {
    if (backendPid == 0) {
      try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
        row.next();
        backendPid = row.getInt(1);
      }
    }
    return backendPid;
  }

  private static void pause(Duration backoff) {
    try {
      Thread.sleep(backoff.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RetortException(e, Message.DATABASE_ERROR, "to wait for a retry", "the migrator was interrupted");
    }
  }

  /**
   * Lets this revision's commit return before its WAL reaches the disk; every revision of a run but
   * the last commits so. It stays atomic with its history row, and the WAL is written in order, so
   * a server crash can only lose a tail of whole revisions, which the next run applies again; the
   * last revision's synchronous commit flushes every earlier one before the run reports success.
   * Saves one disk flush per revision, most of the cost of applying many small revisions.
   */
  private static final String DEFER_FLUSH = "SET LOCAL synchronous_commit = off";

  /** The error for a failed step: a missing privilege explained with its GRANT, anything else as {@code otherwise}. */
  private static RetortException failed(Connection connection, Revision revision, StepFailure failure, Message otherwise,
      String outcome) {
    if (!PrivilegeAdvice.applies(failure.getCause())) {
      return new RetortException(failure.getCause(), otherwise, revision.id(), revision.message(), failure.statement(),
          failure.serverMessage());
    }
    String role = PrivilegeAdvice.role(connection);
    PrivilegeAdvice.Advice advice = PrivilegeAdvice.of(failure.serverMessage(), failure.statement(), role);
    if (advice.owner()) {
      return new RetortException(failure.getCause(), Message.OWNER_REQUIRED, revision.id(), revision.message(), outcome,
          advice.kind(), advice.object(), role, failure.statement(), failure.serverMessage(), advice.fix());
    }
    return new RetortException(failure.getCause(), Message.PRIVILEGE_MISSING, revision.id(), revision.message(), outcome,
        role, advice.privilege(), advice.kind(), advice.object(), failure.statement(), failure.serverMessage(),
        advice.fix());
  }

  private void record(Connection connection, Revision revision, Direction direction, long millis, boolean success)
      throws SQLException {
    if (direction == Direction.UPGRADE) {
      settings.history().insert(connection, revision, checksum(revision.id()), graph.fingerprint(revision.id()),
          HistoryTable.OPERATION_UPGRADE, millis, success);
    } else {
      settings.history().delete(connection, revision.id());
    }
  }

  /** One thing to run: a SQL statement, or a Java step when {@code java} is set. */
  private record PlannedStep(String sql, Operation.RunJava java) {

    private static final Pattern CONCURRENT_INDEX =
        Pattern.compile("\\s*(CREATE\\s+(UNIQUE\\s+)?INDEX|DROP\\s+INDEX)\\s+CONCURRENTLY\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Whether it builds or drops an index concurrently, which waits for older transactions to end. */
    boolean waitsForOlderTransactions() {
      return sql != null && CONCURRENT_INDEX.matcher(sql).matches();
    }
  }

  private static List<PlannedStep> planned(List<String> statements) {
    List<PlannedStep> steps = new ArrayList<>();
    statements.forEach(sql -> steps.add(new PlannedStep(sql, null)));
    return steps;
  }

  private PostgresSqlRenderer renderer() {
    if (renderer == null) {
      renderer = new PostgresSqlRenderer();
    }
    return renderer;
  }

  private List<PlannedStep> render(List<Operation> operations) {
    List<PlannedStep> steps = new ArrayList<>();
    for (Operation operation : operations) {
      if (OperationFacts.of(operation).javaStep()) {
        steps.add(new PlannedStep(null, (Operation.RunJava) operation));
      } else {
        steps.addAll(planned(renderer().render(operation)));
      }
    }
    return steps;
  }

  private static void execute(Connection connection, List<PlannedStep> steps) throws StepFailure {
    for (int i = 0; i < steps.size(); i++) {
      executeStep(connection, steps.get(i), i);
    }
  }

  /** Runs {@code step}, the {@code index}th of its revision (from 0). */
  private static void executeStep(Connection connection, PlannedStep step, int index) throws StepFailure {
    if (step.java() != null) {
      try {
        step.java().callback().run(connection);
      } catch (SQLException | RuntimeException e) {
        throw new StepFailure("Java step \"" + step.java().description() + "\"", index, e);
      }
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(step.sql());
    } catch (SQLException e) {
      throw new StepFailure(step.sql(), index, e);
    }
  }

  /**
   * Back to autocommit after a transactional revision. After a failure the connection may be
   * broken; the revision's own error matters more than this one, so it is not thrown then.
   */
  private static void restoreAutoCommit(Connection connection, boolean committed) throws SQLException {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      if (committed) {
        throw e;
      }
    }
  }

  private static void rollbackQuietly(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // The connection is broken; the server rolls the transaction back when it drops.
    }
  }

  private static void requireTransactionMode(Revision revision, List<Operation> operations) {
    if (!revision.transactional()) {
      return;
    }
    for (Operation operation : operations) {
      OperationFacts.Facts facts = OperationFacts.of(operation);
      if (facts.concurrently()) {
        throw new RetortException(Message.CONCURRENT_INDEX_IN_TRANSACTION, revision.id(), facts.concurrentIndex().name());
      }
    }
  }

  private static long millisSince(long started) {
    return Duration.ofNanos(System.nanoTime() - started).toMillis();
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // The lock goes with the connection; nothing else to release.
    }
  }

}
