package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.runtime.Catalog;
import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A known password given every way the runtime accepts one, through succeeding and failing paths,
 * never appears in any output channel: the log file, standard output and error, exception messages
 * and stack traces (causes and suppressed ones included), offline SQL, reports and settings.
 */
@PostgresTest
class PasswordLeakTest {

  /** Recognisable, and with characters that need percent-encoding in a URL. */
  private static final String PASSWORD = "Kn0wn@Pw:7431/s3cr3t";

  private final TestDatabase db;

  PasswordLeakTest(TestDatabase db) {
    this.db = db;
  }

  /** The role the child connects as, whose password is {@link #PASSWORD}, so that a checking server lets it in. */
  private String role() {
    return "leak_" + Integer.toHexString(db.databaseName().hashCode());
  }

  @BeforeEach
  void aRoleWhosePasswordIsTheKnownOne() throws Exception {
    dropRole();
    db.execute("CREATE ROLE " + role() + " LOGIN SUPERUSER PASSWORD '" + PASSWORD + "'");
  }

  @AfterEach
  void dropRole() throws Exception {
    if (db.query("SELECT 1 FROM pg_roles WHERE rolname = ?", rows -> rows.next(), role())) {
      db.execute("DROP OWNED BY " + role());
      db.execute("DROP ROLE " + role());
    }
  }

  @Test
  void theKnownPasswordAppearsInNoOutputChannel(@TempDir Path directory) throws Exception {
    Catalog.reset(db);
    Path log = directory.resolve("retort.log");
    String hostAndDatabase = db.jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "");
    String output;
    try (ChildJvm child = ChildJvm.start(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
        "-Dorg.slf4j.simpleLogger.logFile=" + log), PasswordLeakProcess.class, db.jdbcUrl(), role(), PASSWORD,
        hostAndDatabase)) {
      assertEquals(0, child.exitCode(), child::output);
      output = child.output();
    }
    String logged = Files.readString(log, StandardCharsets.UTF_8);
    // The paths really ran: migrations applied and failed, errors were printed.
    assertTrue(logged.contains("Applying p1"), logged);
    assertTrue(output.contains("RTR-501") && output.contains("RTR-402") && output.contains("RTR-703"), output);

    int lines = 0;
    for (String form : List.of(PASSWORD, URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8), "s3cr3t")) {
      assertFalse(output.contains(form), () -> "the password shows on standard output or error:\n" + around(output, form));
      assertFalse(logged.contains(form), () -> "the password shows in the log:\n" + around(logged, form));
    }
    lines = output.split("\n").length + logged.split("\n").length;
    Figures.record("password grep: %d lines of output, log, stack traces, offline SQL and settings from 11 paths"
        + " (succeeding and failing) searched for the known password in 3 forms: none found", lines);
  }

  private static String around(String text, String needle) {
    int at = text.indexOf(needle);
    return text.substring(Math.max(0, at - 400), Math.min(text.length(), at + 200));
  }
}
