package dev.retort.spring.boot.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.testing.PostgresTest;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A failed migration stops startup with Retort's message in Boot's failure report, not a stack-trace wall. */
@PostgresTest
@ExtendWith(OutputCaptureExtension.class)
class FailureAnalysisTest {

  @Test
  void aMigrationThatFailsStopsStartupWithTheRevisionTheStatementAndTheFix(TestDatabase db, CapturedOutput output)
      throws Exception {
    db.execute("CREATE TABLE vehicle (id bigint)");

    assertThrows(Exception.class, () -> Apps.start(db).close());

    String report = output.getOut().substring(output.getOut().indexOf("APPLICATION FAILED TO START"));
    assertThat(report).contains("Description:", "RTR-501 Revision " + Schema.FIRST, "CREATE TABLE",
        "already exists", "Action:", "RTR-1203", "failure category: migration failed");
    assertThat(output.getAll()).doesNotContain("at dev.retort.runtime.internal.Migrator");
    assertThat(Schema.tables(db, "public")).doesNotContain("depot");
  }
}
