package dev.retort.spring.boot.autoconfigure;

import dev.retort.runtime.FutureRevisionPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code retort.*} properties: whether and how Retort migrates the database at startup. */
@ConfigurationProperties("retort")
public class RetortProperties {

  /** Whether Retort migrates the database at startup. */
  private boolean enabled = true;

  /**
   * JDBC URL of the database to migrate through a connection of Retort's own, instead of the
   * application's DataSource; spring.datasource.url when only retort.user or retort.password is set.
   */
  private String url;

  /** User for Retort's own connection, typically one with DDL rights the application's user lacks. */
  private String user;

  /** Password of retort.user. */
  private String password;

  /** Name of the history table. */
  private String historyTable = "retort_history";

  /** Schema of the history table; the connection's current schema when not set. */
  private String historySchema;

  /** How long to wait for another instance that holds the migration lock. */
  private Duration lockTimeout = Duration.ofMinutes(10);

  /**
   * How long each migration statement may wait for a lock on a table (PostgreSQL's lock_timeout)
   * before its revision is rolled back and retried; 5s when not set. The application's queries on
   * that table wait behind the statement for as long.
   */
  private Duration lockWaitTimeout;

  /**
   * How many more times a revision whose statement waited longer than retort.lock-wait-timeout is
   * run, after a pause doubling from 1s up to 30s; 3 when not set, 0 to fail at once.
   */
  private Integer lockRetries;

  /** The longest any migration statement may run (PostgreSQL's statement_timeout); the session's own when not set. */
  private Duration statementTimeout;

  /** Revision to upgrade to at startup: head, +N, or a revision id or unique prefix. */
  private String target = "head";

  /** How many more times to try a refused connection before startup fails. */
  private int connectRetries = 0;

  /** Time between two connection attempts. */
  private Duration connectRetriesInterval = Duration.ofSeconds(1);

  /**
   * Whether to only check that the database is at the head of this build, applying nothing, and
   * fail startup if any revision is pending (or failed, edited, or unknown).
   */
  private boolean validateOnly = false;

  /**
   * What to do with revisions applied in the database but unknown to this build (a newer build
   * migrated it, as in a rollback or a rolling deploy): {@code ignore} starts with a warning
   * (RTR-310), {@code fail} stops startup (RTR-302). Unset, {@code RETORT_FUTURE_REVISIONS} decides,
   * else {@code ignore}.
   */
  private FutureRevisionPolicy futureRevisions;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getHistoryTable() {
    return historyTable;
  }

  public void setHistoryTable(String historyTable) {
    this.historyTable = historyTable;
  }

  public String getHistorySchema() {
    return historySchema;
  }

  public void setHistorySchema(String historySchema) {
    this.historySchema = historySchema;
  }

  public Duration getLockTimeout() {
    return lockTimeout;
  }

  public void setLockTimeout(Duration lockTimeout) {
    this.lockTimeout = lockTimeout;
  }

  public Duration getLockWaitTimeout() {
    return lockWaitTimeout;
  }

  public void setLockWaitTimeout(Duration lockWaitTimeout) {
    this.lockWaitTimeout = lockWaitTimeout;
  }

  public Integer getLockRetries() {
    return lockRetries;
  }

  public void setLockRetries(Integer lockRetries) {
    this.lockRetries = lockRetries;
  }

  public Duration getStatementTimeout() {
    return statementTimeout;
  }

  public void setStatementTimeout(Duration statementTimeout) {
    this.statementTimeout = statementTimeout;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public int getConnectRetries() {
    return connectRetries;
  }

  public void setConnectRetries(int connectRetries) {
    this.connectRetries = connectRetries;
  }

  public Duration getConnectRetriesInterval() {
    return connectRetriesInterval;
  }

  public void setConnectRetriesInterval(Duration connectRetriesInterval) {
    this.connectRetriesInterval = connectRetriesInterval;
  }

  public boolean isValidateOnly() {
    return validateOnly;
  }

  public void setValidateOnly(boolean validateOnly) {
    this.validateOnly = validateOnly;
  }

  public FutureRevisionPolicy getFutureRevisions() {
    return futureRevisions;
  }

  public void setFutureRevisions(FutureRevisionPolicy futureRevisions) {
    this.futureRevisions = futureRevisions;
  }

  /** The policy in force: the property, else {@code RETORT_FUTURE_REVISIONS}, else {@code IGNORE}. */
  FutureRevisionPolicy futureRevisionPolicy() {
    return futureRevisions != null
        ? futureRevisions
        : FutureRevisionPolicy.fromEnvironment().orElse(FutureRevisionPolicy.IGNORE);
  }
}
