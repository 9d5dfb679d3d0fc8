package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.message.Message;
import dev.retort.message.RetortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FutureRevisionPolicyTest {

  @TempDir Path directory;

  @Test
  void theEnvironmentChoosesThePolicyBeforeTheEnvFile() throws Exception {
    Files.writeString(directory.resolve(".env"), "RETORT_FUTURE_REVISIONS=fail\n");

    assertEquals(Optional.of(FutureRevisionPolicy.FAIL), FutureRevisionPolicy.fromEnvironment(Map.of(), directory));
    assertEquals(Optional.of(FutureRevisionPolicy.IGNORE),
        FutureRevisionPolicy.fromEnvironment(Map.of("RETORT_FUTURE_REVISIONS", "Ignore"), directory));
  }

  @Test
  void nothingConfiguredMeansNoPolicyFromTheEnvironment() {
    assertEquals(Optional.empty(), FutureRevisionPolicy.fromEnvironment(Map.of(), directory));
  }

  @Test
  void anUnknownPolicyIsAnErrorThatNamesTheVariableAndTheChoices() {
    RetortException error = assertThrows(RetortException.class,
        () -> FutureRevisionPolicy.fromEnvironment(Map.of("RETORT_FUTURE_REVISIONS", "skip"), directory));
    assertEquals(Message.FUTURE_REVISION_POLICY_INVALID, error.catalogEntry());
    assertTrue(error.getMessage().contains("RETORT_FUTURE_REVISIONS is \"skip\"") && error.getMessage().contains("ignore"),
        error.getMessage());
  }
}
