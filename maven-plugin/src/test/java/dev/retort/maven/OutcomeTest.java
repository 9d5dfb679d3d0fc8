package dev.retort.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.message.Category;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class OutcomeTest {

  @Test
  void exitZeroPasses() {
    assertDoesNotThrow(() -> new Outcome(0, "✓ agree\n", "").throwOnFailure("check"));
  }

  @Test
  void differencesFailTheBuildWithTheDifferencesTheCliPrinted() {
    MojoFailureException failure = assertThrows(MojoFailureException.class,
        () -> new Outcome(1, "✗ RTR-1120 one\n✗ RTR-1123 two\n", "RTR-1125 a note\n").throwOnFailure("check"));
    assertEquals("✗ RTR-1120 one\n✗ RTR-1123 two", failure.getMessage());
  }

  @Test
  void aFailedMigrationAndAnIntegrityErrorFailTheBuildWithTheClisError() {
    for (Category category : new Category[] {Category.MIGRATION_FAILED, Category.INTEGRITY}) {
      MojoFailureException failure = assertThrows(MojoFailureException.class,
          () -> new Outcome(category.exitCode(), "[1/1] Applying\n", "retort: RTR-401 broke\n").throwOnFailure("upgrade"));
      assertEquals("retort: RTR-401 broke", failure.getMessage());
    }
  }

  @Test
  void usageConnectionAndBugsAreExecutionErrorsWithTheClisError() {
    for (Category category : new Category[] {Category.USAGE, Category.CONNECTION, Category.INTERNAL, Category.STALE_BUILD}) {
      MojoExecutionException failure = assertThrows(MojoExecutionException.class,
          () -> new Outcome(category.exitCode(), "", "retort: RTR-1101 compile first\n").throwOnFailure("heads"));
      assertEquals("retort: RTR-1101 compile first", failure.getMessage());
    }
  }

  @Test
  void anUndocumentedExitCodeCountsAsABugAndQuotesWhateverTheCliPrinted() {
    Outcome outcome = new Outcome(137, "partial result\n", "");
    assertEquals(Category.INTERNAL, outcome.category());
    MojoExecutionException failure = assertThrows(MojoExecutionException.class, () -> outcome.throwOnFailure("upgrade"));
    assertEquals("partial result", failure.getMessage());
  }
}
