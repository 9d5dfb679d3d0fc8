package dev.retort.spring.boot.starter;

import static org.assertj.core.api.Assertions.assertThat;
import dev.retort.spring.boot.autoconfigure.StarterMessage;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import dev.retort.migration.Migration;
import dev.retort.migration.Operations;
import dev.retort.migration.Revision;
import dev.retort.runtime.Retort;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.sql.Connection;
import dev.retort.spring.boot.autoconfigure.RetortConfigurationCustomizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every {@code retort.*} property, each on a fresh database, with a real application start. */
@PostgresTest
class RetortPropertiesTest {

  private final TestDatabase server;
  private TestDatabase db;

  RetortPropertiesTest(TestDatabase server) {
    this.server = server;
  }

  @BeforeEach
  void freshDatabase() throws Exception {
    db = server.createSibling();
  }

  private static RetortException retortFailure(Throwable startFailure) {
    Throwable cause = startFailure;
    while (cause != null && !(cause instanceof RetortException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("a Retort failure stopped the start: %s", startFailure).isNotNull();
    return (RetortException) cause;
  }

  private RetortException startFails(String... properties) {
    Throwable failure = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class, () -> Apps.start(db, properties).close());
    return retortFailure(failure);
  }

  @Test
  void withRetortDisabledNothingIsMigratedAndNoRuntimeIsConfigured() throws Exception {
    try (ConfigurableApplicationContext context = Apps.start(db, "retort.enabled=false",
        "spring.jpa.hibernate.ddl-auto=none")) {
      assertThat(context.getBeanNamesForType(Retort.class)).isEmpty();
    }
    assertThat(Schema.tables(db, "public")).isEmpty();
  }

  @Test
  void theHistoryTableAndSchemaAreTheConfiguredOnes() throws Exception {
    db.execute("CREATE SCHEMA audit");
    try (ConfigurableApplicationContext context = Apps.start(db, "retort.history-table=schema_log",
        "retort.history-schema=audit")) {
      assertThat(Schema.history(db, "audit.schema_log")).containsExactly(Schema.FIRST, Schema.SECOND);
    }
    assertThat(Schema.tables(db, "public")).doesNotContain("retort_history");
  }

  @Test
  void theTargetRevisionStopsTheUpgradeThere() throws Exception {
    try (ConfigurableApplicationContext context = Apps.start(db, "retort.target=" + Schema.FIRST,
        "spring.jpa.hibernate.ddl-auto=none")) {
      assertThat(Schema.history(db, "retort_history")).containsExactly(Schema.FIRST);
    }
    assertThat(Schema.tables(db, "public")).contains("vehicle").doesNotContain("depot");
  }

  @Test
  void validateOnlyFailsStartupWhileRevisionsArePendingAndPassesOnceTheyAreApplied() throws Exception {
    RetortException pending = startFails("retort.validate-only=true");
    assertThat(pending.catalogEntry()).isEqualTo(StarterMessage.SPRING_NOT_AT_HEAD);
    assertThat(pending.getMessage()).contains(Schema.FIRST + " (PENDING)", Schema.SECOND + " (PENDING)");
    assertThat(Schema.tables(db, "public")).isEmpty();

    Apps.start(db).close();
    try (ConfigurableApplicationContext context = Apps.start(db, "retort.validate-only=true")) {
      assertThat(Schema.history(db, "retort_history")).containsExactly(Schema.FIRST, Schema.SECOND);
    }
  }

  @Test
  void aSeparateMigrationUserOwnsTheSchemaWhileTheApplicationConnectsAsItsOwnUser() throws Exception {
    String owner = "ddl_" + db.databaseName();
    db.execute("CREATE ROLE " + owner + " LOGIN PASSWORD 'ddl secret'");
    try {
      db.execute("GRANT CREATE, USAGE ON SCHEMA public TO " + owner);
      try (ConfigurableApplicationContext context = Apps.start(db, "retort.user=" + owner,
          "retort.password=ddl secret")) {
        assertThat(Schema.strings(db, "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"))
            .containsExactly(owner);
      }
    } finally {
      db.execute("REASSIGN OWNED BY " + owner + " TO " + db.user() + "; DROP OWNED BY " + owner + "; DROP ROLE " + owner);
    }
  }

  @Test
  void aSeparateMigrationUrlIsTheDatabaseRetortMigrates() throws Exception {
    TestDatabase other = server.createSibling();
    try (ConfigurableApplicationContext context = Apps.start(db, "retort.url=" + other.jdbcUrl(),
        "retort.user=" + other.user(), "retort.password=" + other.password(), "spring.jpa.hibernate.ddl-auto=none")) {
      assertThat(Schema.history(other, "retort_history")).containsExactly(Schema.FIRST, Schema.SECOND);
    }
    assertThat(Schema.tables(db, "public")).isEmpty();
  }

  @Test
  void refusedConnectionsAreRetriedAsConfiguredBeforeStartupFails() {
    long started = System.nanoTime();
    RetortException refused = startFails("retort.url=jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=2",
        "retort.user=nobody", "retort.connect-retries=2", "retort.connect-retries-interval=300ms",
        "spring.jpa.hibernate.ddl-auto=none");
    assertThat(refused.catalogEntry()).isEqualTo(Message.CONNECTION_FAILED);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
  }

  @Test
  void theLockTimeoutBoundsTheWaitForAnotherInstanceThatIsMigrating() throws Exception {
    CountDownLatch migrating = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    // Another instance that holds the migration lock until this test lets it go, however slowly
    // the application under test starts.
    Migration holdsTheLock = new Migration() {
      @Override
      public Revision revision() {
        return new Revision("other_instance", List.of(), "another instance migrating", true);
      }

      @Override
      public void upgrade(Operations op) {
        migrating.countDown();
        try {
          release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        op.execute("SELECT 1");
      }

      @Override
      public void downgrade(Operations op) {}
    };
    CompletableFuture<?> other = CompletableFuture.runAsync(
        () -> Retort.configure().dataSource(db.dataSource()).migrations(holdsTheLock).migrate());
    try {
      assertThat(migrating.await(30, TimeUnit.SECONDS)).isTrue();

      RetortException locked = startFails("retort.lock-timeout=500ms", "spring.jpa.hibernate.ddl-auto=none");
      assertThat(locked.catalogEntry()).isEqualTo(Message.LOCK_TIMEOUT);
      assertThat(locked.getMessage()).contains("500 ms");
    } finally {
      release.countDown();
      other.get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void revisionsANewerBuildAppliedAreIgnoredByDefaultAndStopStartupWhenThePolicyIsFail() throws Exception {
    Apps.start(db).close();
    db.execute("INSERT INTO retort_history (installed_rank, revision, parents, message, checksum, operation,"
        + " execution_ms, success) SELECT 3, '20261202_0900_newer_build', revision, 'from a newer build', checksum,"
        + " operation, 0, true FROM retort_history WHERE installed_rank = 2");

    RetortException unknown = startFails("retort.future-revisions=fail");
    assertThat(unknown.catalogEntry()).isEqualTo(Message.UNKNOWN_APPLIED_REVISION);
    assertThat(unknown.getMessage()).contains("20261202_0900_newer_build");

    Apps.start(db).close();
    Apps.start(db, "retort.future-revisions=ignore", "retort.validate-only=true").close();
    Apps.start(db, "retort.future-revisions=IGNORE").close();
  }

  /** A third revision, after the index's two, that alters vehicle: it waits while another session reads the table. */
  private static final Migration ALTERS_VEHICLE = new Migration() {
    @Override
    public Revision revision() {
      return Revision.of("20261201_1200_add_note_to_vehicle", Schema.SECOND, "add note to vehicle");
    }

    @Override
    public void upgrade(Operations op) {
      op.execute("ALTER TABLE vehicle ADD COLUMN note text");
    }

    @Override
    public void downgrade(Operations op) {
      op.execute("ALTER TABLE vehicle DROP COLUMN note");
    }
  };

  /** A third revision, after the index's two, whose one statement runs for ten seconds. */
  private static final Migration RUNS_LONG = new Migration() {
    @Override
    public Revision revision() {
      return Revision.of("20261201_1200_run_long", Schema.SECOND, "run long");
    }

    @Override
    public void upgrade(Operations op) {
      op.execute("SELECT pg_sleep(10)");
    }

    @Override
    public void downgrade(Operations op) {}
  };

  @Configuration(proxyBeanMethods = false)
  static class ThirdRevisionAltersVehicle {

    @Bean
    RetortConfigurationCustomizer addTheThirdRevision() {
      return builder -> builder.migrations(ALTERS_VEHICLE);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class ThirdRevisionRunsLong {

    @Bean
    RetortConfigurationCustomizer addTheThirdRevision() {
      return builder -> builder.migrations(RUNS_LONG);
    }
  }

  private RetortException startFails(Class<?> extraSource, String... properties) {
    Throwable failure = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class,
        () -> Apps.start(db, List.of(extraSource), properties).close());
    return retortFailure(failure);
  }

  /** Another session that read vehicle in a transaction it keeps open, as a report or a forgotten BEGIN does. */
  private Connection readingVehicle() throws Exception {
    Connection reader = db.connect();
    reader.setAutoCommit(false);
    reader.createStatement().execute("SELECT count(*) FROM vehicle");
    return reader;
  }

  @Test
  void theLockWaitTimeoutAndLockRetriesBoundHowLongARevisionWaitsForATableAnotherSessionHolds() throws Exception {
    Apps.start(db).close();
    try (Connection reader = readingVehicle()) {
      RetortException exhausted = startFails(ThirdRevisionAltersVehicle.class, "retort.lock-wait-timeout=300ms",
          "retort.lock-retries=1", "spring.jpa.hibernate.ddl-auto=none");
      assertThat(exhausted.catalogEntry()).isEqualTo(Message.LOCK_WAIT_EXHAUSTED);
      assertThat(exhausted.getMessage()).contains("20261201_1200_add_note_to_vehicle",
          "could not get a lock within 300ms in 2 attempt(s) on vehicle");
      reader.rollback();
    }
    assertThat(Schema.history(db, "retort_history")).containsExactly(Schema.FIRST, Schema.SECOND);
  }

  @Test
  void theLockWaitPropertiesComeFromTheRuntimesEnvironmentVariablesAsAnyBootProperty() throws Exception {
    Apps.start(db).close();
    try (Connection reader = readingVehicle()) {
      Throwable failure = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class, () -> Apps.startWithVariables(db,
          Map.of("RETORT_LOCK_WAIT_TIMEOUT", "300ms", "RETORT_LOCK_RETRIES", "0"),
          List.of(ThirdRevisionAltersVehicle.class), "spring.jpa.hibernate.ddl-auto=none").close());
      RetortException exhausted = retortFailure(failure);
      assertThat(exhausted.catalogEntry()).isEqualTo(Message.LOCK_WAIT_EXHAUSTED);
      assertThat(exhausted.getMessage()).contains("could not get a lock within 300ms in 1 attempt(s) on vehicle");
      reader.rollback();
    }
  }

  @Test
  void withoutTheLockWaitPropertiesAStatementWaitsFiveSecondsForItsLock() throws Exception {
    Apps.start(db).close();
    try (Connection reader = readingVehicle()) {
      RetortException exhausted = startFails(ThirdRevisionAltersVehicle.class, "retort.lock-retries=0",
          "spring.jpa.hibernate.ddl-auto=none");
      assertThat(exhausted.catalogEntry()).isEqualTo(Message.LOCK_WAIT_EXHAUSTED);
      assertThat(exhausted.getMessage()).contains("could not get a lock within 5s in 1 attempt(s) on vehicle");
      reader.rollback();
    }
  }

  @Test
  void theStatementTimeoutStopsAMigrationStatementThatRunsLonger() throws Exception {
    RetortException cancelled = startFails(ThirdRevisionRunsLong.class, "retort.statement-timeout=200ms",
        "spring.jpa.hibernate.ddl-auto=none");
    assertThat(cancelled.catalogEntry()).isEqualTo(Message.MIGRATION_FAILED);
    assertThat(cancelled.getMessage()).contains("20261201_1200_run_long", "statement timeout");
    assertThat(Schema.history(db, "retort_history")).containsExactly(Schema.FIRST, Schema.SECOND);
  }

  @Test
  void aNegativeConnectRetriesStopsStartupWithAMessageNamingTheProperty() throws Exception {
    RetortException negative = startFails("retort.connect-retries=-1");
    assertThat(negative.catalogEntry()).isEqualTo(StarterMessage.SPRING_PROPERTY_OUT_OF_RANGE);
    assertThat(negative.getMessage()).startsWith("RTR-1204 The property retort.connect-retries is -1, but it must be"
        + " zero or more.").contains("RETORT_CONNECT_RETRIES", "the default: 0");
    assertThat(Schema.tables(db, "public")).isEmpty();
  }

  @Test
  void aLockWaitTimeoutOfZeroStopsStartupWithAMessageNamingThePropertyAndItsDefault() {
    RetortException zero = startFails("retort.lock-wait-timeout=0s");
    assertThat(zero.catalogEntry()).isEqualTo(StarterMessage.SPRING_PROPERTY_OUT_OF_RANGE);
    assertThat(zero.getMessage()).contains("retort.lock-wait-timeout is PT0S", "RETORT_LOCK_WAIT_TIMEOUT",
        "the default: 5s");
  }
}
