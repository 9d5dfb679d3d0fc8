package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockWaitPolicyTest {

  @TempDir Path directory;

  @Test
  void withNothingSetTheDefaultsAreAFiveSecondLockWaitThreeRetriesAndNoStatementTimeout() {
    LockWaitPolicy policy = LockWaitPolicy.fromEnvironment(Map.of(), directory);
    assertEquals(LockWaitPolicy.DEFAULTS, policy);
    assertEquals(new LockWaitPolicy(Duration.ofSeconds(5), 3, null), policy);
  }

  @Test
  void theEnvironmentWinsOverDotEnvAndEachVariableSetsItsOwnSetting() throws Exception {
    Files.writeString(directory.resolve(".env"), "RETORT_LOCK_WAIT_TIMEOUT=2s\nRETORT_LOCK_RETRIES=7\n");
    LockWaitPolicy policy = LockWaitPolicy.fromEnvironment(
        Map.of("RETORT_LOCK_WAIT_TIMEOUT", "750ms", "RETORT_STATEMENT_TIMEOUT", "PT10M"), directory);
    assertEquals(new LockWaitPolicy(Duration.ofMillis(750), 7, Duration.ofMinutes(10)), policy);
  }

  @Test
  void aValueThatIsNoDurationOrNoCountIsRefusedNamingTheVariable() {
    RetortException duration = assertThrows(RetortException.class,
        () -> LockWaitPolicy.fromEnvironment(Map.of("RETORT_STATEMENT_TIMEOUT", "forever"), directory));
    assertEquals(Message.CONNECTION_SETTING_INVALID, duration.catalogEntry());
    assertTrue(duration.getMessage().contains("RETORT_STATEMENT_TIMEOUT is \"forever\""), duration.getMessage());
    RetortException count = assertThrows(RetortException.class,
        () -> LockWaitPolicy.fromEnvironment(Map.of("RETORT_LOCK_RETRIES", "-2"), directory));
    assertTrue(count.getMessage().contains("RETORT_LOCK_RETRIES is \"-2\""), count.getMessage());
    RetortException zero = assertThrows(RetortException.class,
        () -> LockWaitPolicy.fromEnvironment(Map.of("RETORT_LOCK_WAIT_TIMEOUT", "0s"), directory));
    assertTrue(zero.getMessage().contains("not a positive duration"), zero.getMessage());
  }

  @Test
  void theBackoffDoublesFromOneSecondAndStopsAtThirtySeconds() {
    assertEquals(Duration.ofSeconds(1), LockWaitPolicy.backoff(1));
    assertEquals(Duration.ofSeconds(2), LockWaitPolicy.backoff(2));
    assertEquals(Duration.ofSeconds(4), LockWaitPolicy.backoff(3));
    assertEquals(Duration.ofSeconds(16), LockWaitPolicy.backoff(5));
    assertEquals(Duration.ofSeconds(30), LockWaitPolicy.backoff(6));
    assertEquals(Duration.ofSeconds(30), LockWaitPolicy.backoff(40));
  }

  @Test
  void durationsAreWrittenTheWayTheyAreRead() {
    for (String text : new String[] {"500ms", "5s", "90s", "10m", "1h"}) {
      assertEquals(text, Durations.format(Durations.parse(text)));
    }
  }
}
