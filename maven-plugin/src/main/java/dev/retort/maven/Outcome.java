package dev.retort.maven;

import dev.retort.message.Category;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * How a CLI run ends a Maven goal: exit 0 passes; what the project's migrations or database are
 * found to be (differences, a failed migration, an integrity error) fails the build; what stops the
 * goal from running at all (usage, connection, a bug) is an execution error. Either way the message
 * is the CLI's own.
 */
record Outcome(int exitCode, String out, String err) {

  /** Returns normally on exit 0; otherwise throws the exception Maven reports for the CLI's exit code. */
  void throwOnFailure(String goal) throws MojoExecutionException, MojoFailureException {
    if (exitCode == 0) {
      return;
    }
    Category category = category();
    String message = message(category);
    // A switch expression, so that a new category does not compile until it says how a goal ends.
    boolean projectAtFault = switch (category) {
      case DIFFERENCE, MIGRATION_FAILED, INTEGRITY -> true;
      case USAGE, CONNECTION, INTERNAL, STALE_BUILD -> false;
    };
    if (projectAtFault) {
      throw new MojoFailureException(message);
    }
    throw new MojoExecutionException(message);
  }

  /** The category whose exit code the CLI returned; an exit code it does not document is treated as a bug. */
  Category category() {
    return Arrays.stream(Category.values()).filter(c -> c.exitCode() == exitCode).findFirst().orElse(Category.INTERNAL);
  }

  /**
   * The CLI's words for the failure: the differences it printed as its result when it found some,
   * otherwise the error paragraphs of its standard error.
   */
  private String message(Category category) {
    String lines = nonBlankLines(category == Category.DIFFERENCE ? out : err);
    // The CLI always says why it fails; should a stream be empty, the other one is all there is.
    return lines.isEmpty() ? nonBlankLines(out + err) : lines;
  }

  private static String nonBlankLines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }
}
