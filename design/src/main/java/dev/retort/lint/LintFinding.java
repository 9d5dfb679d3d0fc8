package dev.retort.lint;

import dev.retort.design.DesignMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What the lint found on one step: the revision, the step's position in its upgrade, the catalog entry
 * with its arguments, and the reason its author acknowledged it with (null when not acknowledged).
 */
public record LintFinding(String revision, int step, DesignMessage message, List<Object> arguments, String acknowledgedBecause) {

  public LintFinding {
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(message, "message");
    arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
  }

  /** Whether the migration acknowledges this finding with a reason. */
  public boolean acknowledged() {
    return acknowledgedBecause != null;
  }

  /** The finding's text, code first. */
  public String text() {
    return message.format(arguments.toArray());
  }

  /** The finding, acknowledged for {@code reason}. */
  LintFinding acknowledgedFor(String reason) {
    return new LintFinding(revision, step, message, arguments, reason);
  }
}
