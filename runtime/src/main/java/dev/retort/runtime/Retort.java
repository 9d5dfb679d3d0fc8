package dev.retort.runtime;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Revision;
import dev.retort.model.QualifiedName;
import dev.retort.runtime.tooling.ConnectionSource;
import dev.retort.runtime.internal.HistoryTable;
import dev.retort.runtime.tooling.MigrationIndex;
import dev.retort.runtime.internal.Migrator;
import dev.retort.runtime.internal.OfflineScript;
import dev.retort.runtime.tooling.RevisionEntry;
import dev.retort.runtime.tooling.RevisionGraph;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The runtime's entry point: configure where the migrations and the database are, then
 * {@link #upgrade()} at boot. Each call takes the migration lock, verifies the history against the
 * code and returns a {@link MigrationReport}; failures are {@link RetortException}s whose message
 * names the revision at fault and the fix.
 *
 * <pre>{@code
 * MigrationReport report = Retort.configure()
 *     .dataSource(dataSource)
 *     .migrationsFromIndex()
 *     .load()
 *     .upgrade();
 * }</pre>
 */
public final class Retort {

  private final RevisionGraph graph;
  private final HistoryTable history;
  private final Builder settings;
  private Migrator migrator;

  private Retort(Builder settings, RevisionGraph graph) {
    this.settings = settings;
    this.graph = graph;
    this.history = new HistoryTable(QualifiedName.of(settings.historySchema, settings.historyTable));
  }

  /** A builder with the defaults: history table {@code retort_history}, lock timeout 10 minutes. */
  public static Builder configure() {
    return new Builder();
  }

  /** Applies every pending revision up to the head. */
  public MigrationReport upgrade() {
    return upgrade("head");
  }

  /** Applies pending revisions up to {@code target}: {@code head}, {@code +N}, or a revision id or unique prefix. */
  public MigrationReport upgrade(String target) {
    return migrator().upgrade(target);
  }

  /** Undoes applied revisions down to {@code target}: {@code base}, {@code -N}, or a revision id or unique prefix. */
  public MigrationReport downgrade(String target) {
    return migrator().downgrade(target);
  }

  /** Records the database as being at {@code target} (base, head or a revision) without running any migration. */
  public MigrationReport stamp(String target) {
    return migrator().stamp(target);
  }

  /** The history rows in the order they were applied. */
  public List<AppliedRevision> history() {
    return migrator().history();
  }

  /** Every revision of the code and of the database, joined, with its state. */
  public List<RevisionInfo> info() {
    return migrator().info();
  }

  /** The revisions of the code, parents first. */
  public List<Revision> revisions() {
    return graph.order().stream().map(id -> graph.migration(id).revision()).toList();
  }

  /**
   * The revisions the database is at: applied revisions none of whose children is applied; empty for
   * a database at base. A revision this build does not contain (a newer build's) is among them when
   * it is the newest of its line, and then its ancestors in this build are not.
   */
  public List<String> current() {
    List<AppliedRevision> rows = history();
    Set<String> applied = new HashSet<>();
    Set<String> parentsOfFuture = new HashSet<>();
    List<String> future = new ArrayList<>();
    for (AppliedRevision row : rows) {
      if (row.success() && graph.contains(row.revision())) {
        applied.add(row.revision());
      } else if (row.success()) {
        future.add(row.revision());
        parentsOfFuture.addAll(row.parents());
      }
    }
    List<String> current = new ArrayList<>(graph.currentHeads(applied));
    current.removeAll(parentsOfFuture);
    for (String id : future) {
      if (!parentsOfFuture.contains(id)) {
        current.add(id);
      }
    }
    return current;
  }

  /** The head revisions of the code (one unless branches are allowed), or none when there are no migrations. */
  public List<String> heads() {
    return graph.heads();
  }

  /**
   * The id of the revision {@code idOrPrefix} names.
   *
   * @throws RetortException when no revision, or several, match
   */
  public String resolve(String idOrPrefix) {
    return graph.resolve(idOrPrefix);
  }

  /** The migration of revision {@code idOrPrefix}. */
  public Migration migration(String idOrPrefix) {
    return graph.migration(graph.resolve(idOrPrefix));
  }

  /**
   * The SQL script that moves a database from {@code from} to {@code to} (each base, head or a
   * revision), history-table statements included; needs no connection.
   */
  public String offlineSql(String from, String to) {
    return new OfflineScript(graph, history).render(from, to);
  }

  private Migrator migrator() {
    if (migrator == null) {
      if (settings.connections == null) {
        throw new RetortException(Message.NO_CONNECTION_CONFIGURED, "migrating");
      }
      ConnectionSource connections = settings.connections.withRetries(settings.connectRetries, settings.connectRetryInterval);
      migrator = new Migrator(graph, connections, new Migrator.Settings(history, settings.lockTimeout,
          settings.futureRevisions, Set.copyOf(settings.acceptedChecksums), settings.listener,
          new LockWaitPolicy(settings.lockWaitTimeout, settings.lockRetries, settings.statementTimeout)));
    }
    return migrator;
  }

  /** Collects the configuration; {@link #load()} validates it and the revision graph. */
  public static final class Builder {

    private ConnectionSource connections;
    private final List<RevisionEntry> migrations = new ArrayList<>();
    private String historySchema;
    private String historyTable = "retort_history";
    private Duration lockTimeout = Duration.ofMinutes(10);
    private Duration lockWaitTimeout = LockWaitPolicy.DEFAULT_LOCK_WAIT_TIMEOUT;
    private int lockRetries = LockWaitPolicy.DEFAULT_LOCK_RETRIES;
    private Duration statementTimeout;
    private FutureRevisionPolicy futureRevisions = FutureRevisionPolicy.IGNORE;
    private boolean allowBranches;
    private final Set<String> acceptedChecksums = new HashSet<>();
    private MigrationListener listener = MigrationListener.NONE;
    private int connectRetries;
    private Duration connectRetryInterval = Duration.ofSeconds(1);

    private Builder() {}

    /** Migrate through connections from this DataSource. */
    public Builder dataSource(DataSource dataSource) {
      this.connections = ConnectionSource.of(Objects.requireNonNull(dataSource, "dataSource"));
      return this;
    }

    /** Migrate through connections to this JDBC URL. */
    public Builder url(String jdbcUrl, String user, String password) {
      this.connections = ConnectionSource.of(Objects.requireNonNull(jdbcUrl, "jdbcUrl"), user, password);
      return this;
    }

    /** Migrate through connections made from these settings (see {@link ConnectionSettings#fromEnvironment()}). */
    public Builder connection(ConnectionSettings settings) {
      return url(settings.jdbcUrl(), settings.user(), settings.password());
    }

    /**
     * Accepts migrations with several heads, for tools that show and merge branches; at boot,
     * several heads are an error (RTR-204) that names them.
     */
    public Builder allowBranches(boolean allow) {
      this.allowBranches = allow;
      return this;
    }

    /** Registers migrations explicitly. */
    public Builder migrations(Migration... list) {
      return migrations(Arrays.asList(list));
    }

    /** Registers migrations explicitly. */
    public Builder migrations(Collection<? extends Migration> list) {
      list.forEach(migration -> migrations.add(RevisionEntry.of(migration)));
      return this;
    }

    /** Registers the migrations listed in the index the processor generates, from the context class loader. */
    public Builder migrationsFromIndex() {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      return migrationsFromIndex(loader != null ? loader : Retort.class.getClassLoader());
    }

    /**
     * Registers the migrations listed in the index the processor generates, from the given class
     * loader. Their classes are loaded only when needed: a boot with nothing to apply, whose applied
     * migrations' sources are unchanged, loads none.
     */
    public Builder migrationsFromIndex(ClassLoader loader) {
      migrations.addAll(MigrationIndex.load(loader));
      return this;
    }

    /** The history table's name; {@code retort_history} by default. */
    public Builder historyTable(String name) {
      this.historyTable = Objects.requireNonNull(name, "name");
      return this;
    }

    /** The history table's schema; the connection's current schema by default. */
    public Builder historySchema(String schema) {
      this.historySchema = schema;
      return this;
    }

    /**
     * How long to wait for another migrator to finish (Retort's own migration lock); 10 minutes by
     * default. Not to be confused with {@link #lockWaitTimeout}, the wait of each statement for a table.
     */
    public Builder lockTimeout(Duration timeout) {
      this.lockTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * How long each migration statement may wait for a lock on a table (PostgreSQL's
     * {@code lock_timeout}) before its revision is rolled back and retried; 5 seconds by default. A
     * statement waiting for its lock makes the application's queries on that table wait behind it, so
     * this bounds how long they stall. A revision may declare its own with
     * {@link Revision#lockWaitTimeout(Duration)}.
     */
    public Builder lockWaitTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if ((timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException("the lock wait timeout must be positive: " + timeout);
      }
      this.lockWaitTimeout = timeout;
      return this;
    }

    /**
     * How many more times a revision whose statement waited too long for a lock runs, after a pause
     * that doubles from one second up to 30 seconds; 3 by default, 0 to fail at once (RTR-504).
     */
    public Builder lockRetries(int retries) {
      if (retries < 0) {
        throw new IllegalArgumentException("lock retries must not be negative: " + retries);
      }
      this.lockRetries = retries;
      return this;
    }

    /** The longest any migration statement may run (PostgreSQL's {@code statement_timeout}); none by default. */
    public Builder statementTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if ((timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException("the statement timeout must be positive: " + timeout);
      }
      this.statementTimeout = timeout;
      return this;
    }

    /**
     * The lock wait timeout, lock retries and statement timeout of {@code policy}, such as
     * {@link LockWaitPolicy#fromEnvironment()} reads from {@code RETORT_LOCK_WAIT_TIMEOUT},
     * {@code RETORT_LOCK_RETRIES} and {@code RETORT_STATEMENT_TIMEOUT}.
     */
    public Builder lockWaits(LockWaitPolicy policy) {
      this.lockWaitTimeout = policy.lockWaitTimeout();
      this.lockRetries = policy.lockRetries();
      this.statementTimeout = policy.statementTimeout();
      return this;
    }

    /**
     * What to do with revisions the database has applied but this build does not contain (a newer
     * build's, as after a rollback): {@link FutureRevisionPolicy#IGNORE} by default, or the policy
     * {@code RETORT_FUTURE_REVISIONS} names when given {@link FutureRevisionPolicy#fromEnvironment()}.
     */
    public Builder futureRevisions(FutureRevisionPolicy policy) {
      this.futureRevisions = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Accepts that these applied revisions were edited: their new checksums are recorded at the
     * next run instead of refused. Use it once, for an edit known to be harmless, then remove it.
     */
    public Builder acceptChecksumChange(String... revisions) {
      acceptedChecksums.addAll(Arrays.asList(revisions));
      return this;
    }

    /**
     * How many more times a refused connection is tried, {@code interval} apart, before the run
     * fails; none by default. For a service that may boot before its database accepts connections.
     */
    public Builder connectRetries(int retries, Duration interval) {
      if (retries < 0) {
        throw new IllegalArgumentException("connect retries must not be negative: " + retries);
      }
      this.connectRetries = retries;
      this.connectRetryInterval = Objects.requireNonNull(interval, "interval");
      return this;
    }

    /** Hears about each revision as it runs, for progress displays. */
    public Builder listener(MigrationListener migrationListener) {
      this.listener = Objects.requireNonNull(migrationListener, "listener");
      return this;
    }

    /**
     * Validates the revision graph (no duplicate, missing parent, cycle, second base or second
     * head) and returns the runtime.
     */
    public Retort load() {
      return new Retort(this, RevisionGraph.ofEntries(migrations, !allowBranches));
    }

    /** {@code load().upgrade()}: what a service calls at boot. */
    public MigrationReport migrate() {
      return load().upgrade();
    }
  }
}
