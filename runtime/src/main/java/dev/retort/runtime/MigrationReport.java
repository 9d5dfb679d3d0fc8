package dev.retort.runtime;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one call of the runtime did: the direction, the revisions it applied, undid or stamped in
 * order, the database's heads before and after (among this build's revisions), how long it took,
 * and the revisions the database has applied that this build does not contain (a newer build's).
 */
public record MigrationReport(Direction direction, List<Step> steps, List<String> headsBefore, List<String> headsAfter,
    Duration elapsed, List<String> notInBuild) {

  public MigrationReport {
    steps = List.copyOf(steps);
    headsBefore = List.copyOf(headsBefore);
    headsAfter = List.copyOf(headsAfter);
    notInBuild = List.copyOf(notInBuild);
  }

  /** A report on a database that has no revision this build does not contain. */
  public MigrationReport(Direction direction, List<Step> steps, List<String> headsBefore, List<String> headsAfter,
      Duration elapsed) {
    this(direction, steps, headsBefore, headsAfter, elapsed, List.of());
  }

  /** Which way the schema moved. */
  public enum Direction {
    UPGRADE,
    DOWNGRADE,
    STAMP
  }

  /** One revision applied, undone or stamped, and how long it took. */
  public record Step(String revision, String message, Duration elapsed) {}

  /** The revision ids of the steps, in order. */
  public List<String> revisions() {
    return steps.stream().map(Step::revision).toList();
  }

  /** How many revisions a summary names before it abbreviates. */
  private static final int LISTED = 10;

  /** One line for a log: what was done and where the database is now. */
  public String summary() {
    String at = headsAfter.isEmpty() ? "base" : String.join(", ", headsAfter);
    if (steps.isEmpty() && !notInBuild.isEmpty()) {
      return "Nothing to do; the database is past this build's head " + at + ", at revision(s) applied by a newer"
          + " build that this build does not contain: " + String.join(", ", notInBuild) + ".";
    }
    if (steps.isEmpty()) {
      return "Nothing to do; the database is at " + at + ".";
    }
    String verb = switch (direction) {
      case UPGRADE -> "Applied";
      case DOWNGRADE -> "Downgraded";
      case STAMP -> "Stamped";
    };
    return verb + " " + steps.size() + (steps.size() == 1 ? " revision" : " revisions") + " (" + listed()
        + ") in " + elapsed.toMillis() + " ms; the database is at " + at + ".";
  }

  /** The steps' revisions, or for a long run its first and last ones: a log line, not a listing. */
  private String listed() {
    if (steps.size() <= LISTED) {
      return steps.stream().map(Step::revision).collect(Collectors.joining(", "));
    }
    return steps.get(0).revision() + ", " + steps.get(1).revision() + ", ... " + (steps.size() - 3) + " more ..., "
        + steps.get(steps.size() - 1).revision();
  }
}
